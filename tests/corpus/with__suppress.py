# __exit__ returning a true value suppresses the exception.
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print("suppressing", et.__name__, ev)
            self.caught = ev
            return True
        print("not suppressing", et.__name__ if et else None)
        return None
with Suppress(KeyError) as s:
    {}["missing"]
    print("not reached")
print("after first with, caught", repr(s.caught))
with Suppress(ValueError, TypeError):
    int("nope")
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("escaped:", e)
with Suppress(Exception):
    print("no exception in body")
def returns_inside():
    for i in range(3):
        with Suppress(IndexError):
            [][i]
        print("loop", i)
    return "done"
print(returns_inside())
class Truthy:
    def __enter__(self):
        pass
    def __exit__(self, *a):
        return "non-empty string is true"
with Truthy():
    raise RuntimeError("silenced")
print("survived")
