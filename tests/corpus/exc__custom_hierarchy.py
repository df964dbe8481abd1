# Custom exception hierarchies and catching by base class.
class AppError(Exception):
    """Base for application errors."""
class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem
class NotFound(AppError):
    pass
class MissingUser(NotFound, KeyError):
    pass
def check(case):
    if case == 1:
        raise ValidationError("age", "must be positive")
    if case == 2:
        raise NotFound("item 7")
    if case == 3:
        raise MissingUser("bob")
    if case == 4:
        raise AppError()
    return "fine"
for case in range(5):
    try:
        print(check(case))
    except ValidationError as e:
        print("validation", e.field, e.problem, "|", e)
    except MissingUser as e:
        print("missing user", repr(e), isinstance(e, KeyError), isinstance(e, LookupError))
    except NotFound as e:
        print("not found", e)
    except AppError as e:
        print("app error", repr(e), e.args, AppError.__doc__)
print([c.__name__ for c in MissingUser.__mro__])
print(issubclass(ValidationError, Exception), issubclass(AppError, BaseException), issubclass(NotFound, ValidationError))
try:
    raise MissingUser("x")
except KeyError as e:
    print("caught via KeyError:", e)
class WithStr(Exception):
    def __str__(self):
        return "custom str"
try:
    raise WithStr(1, 2)
except WithStr as e:
    print(e, repr(e), e.args)
