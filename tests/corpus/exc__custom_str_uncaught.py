class ValidationError(ValueError):
    def __init__(self, field, problems):
        self.field = field
        self.problems = problems
        super().__init__(field, problems)
    def __str__(self):
        return f"{self.field}: " + "; ".join(self.problems)
try:
    raise ValidationError("email", ["too short", "no @"])
except ValueError as e:
    print(e, e.args, repr(e))
class Empty(Exception):
    def __str__(self):
        return ""
try:
    raise Empty()
except Empty as e:
    print(repr(str(e)), repr(e))
raise ValidationError("age", ["negative"])
