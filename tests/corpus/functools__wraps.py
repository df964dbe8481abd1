# functools.wraps copies metadata to the wrapper.
from functools import wraps
def plain_decorator(fn):
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
def good_decorator(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        """wrapper doc"""
        print("calling", fn.__name__)
        return fn(*a, **k)
    return wrapper
@plain_decorator
def f1(x):
    """Doc of f1."""
    return x
@good_decorator
def f2(x):
    """Doc of f2."""
    return x * 2
print(f1.__name__, f1.__doc__)
print(f2.__name__, f2.__doc__, f2.__qualname__, f2(21))
print(f2.__wrapped__(5), f2.__wrapped__.__name__)
def with_attrs(fn):
    fn.tag = "tagged"
    return fn
@good_decorator
@with_attrs
def f3():
    pass
print(f3.tag, f3.__name__, f3.__dict__.get("tag"))
class Service:
    @good_decorator
    def handle(self, req):
        """Handle a request."""
        return f"handled {req}"
print(Service().handle("r1"), Service.handle.__name__, Service.handle.__qualname__, Service.handle.__doc__)
