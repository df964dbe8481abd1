# Function attributes: __name__, __qualname__, __doc__, __module__, custom attrs.
def documented(x):
    """Return x unchanged."""
    return x
def undocumented():
    pass
print(documented.__name__, documented.__qualname__, documented.__doc__, undocumented.__doc__)
print(documented.__module__, type(documented).__name__, callable(documented))
class C:
    def method(self):
        def inner():
            pass
        return inner
    @staticmethod
    def smeth():
        pass
print(C.method.__qualname__, C().method().__qualname__, C.smeth.__qualname__, C.method.__name__)
f = lambda: None
print(f.__name__, f.__qualname__)
documented.calls = 0
documented.calls += 1
print(documented.calls, getattr(documented, "missing", "no attr"))
def outer():
    def nested():
        pass
    return nested
print(outer().__qualname__, outer.__name__)
alias = documented
print(alias.__name__, alias is documented, alias(3))
print(repr(C.method).startswith("<function C.method at"), str(len).startswith("<built-in function len"))
