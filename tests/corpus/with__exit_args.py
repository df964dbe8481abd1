# __exit__ receives the exception type, value and a traceback.
class Inspect:
    def __enter__(self):
        print("enter")
        return "resource"
    def __exit__(self, exc_type, exc_value, tb):
        print("type:", exc_type)
        print("value:", repr(exc_value))
        print("tb is None:", tb is None)
        return isinstance(exc_value, ArithmeticError)
with Inspect() as r:
    print("using", r)
with Inspect():
    1 / 0
try:
    with Inspect():
        raise KeyError("key")
except KeyError:
    print("KeyError propagated")
class Replacer:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is ValueError:
            raise TypeError("replaced in __exit__")
try:
    with Replacer():
        raise ValueError("original")
except TypeError as e:
    print("TypeError:", e, "| context:", repr(e.__context__))
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
