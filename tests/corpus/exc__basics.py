def risky(n):
    if n == 0:
        raise ValueError("zero")
    return 10 / n
for n in [2, 0]:
    try:
        r = risky(n)
    except ValueError as e:
        print("value error:", e)
    else:
        print("ok", r)
    finally:
        print("finally", n)
class MyError(Exception):
    pass
class Sub(MyError):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise Sub(42)
except MyError as e:
    print(type(e).__name__, e, e.code, e.args, isinstance(e, Exception))
def f():
    try:
        return "try"
    finally:
        print("cleanup")
print(f())
for exc in [KeyError, IndexError, ZeroDivisionError, TypeError, AttributeError]:
    try:
        raise exc("msg")
    except (KeyError, IndexError) as e:
        print("lookup", type(e).__name__, e)
    except Exception as e:
        print("other", type(e).__name__, e)
try:
    [][0]
except IndexError as e:
    print(e)
try:
    {}["k"]
except KeyError as e:
    print(repr(e))
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    int("x")
except ValueError as e:
    print(e)
try:
    1 + "a"
except TypeError as e:
    print(e)
try:
    undefined_name
except NameError as e:
    print(e)
try:
    try:
        raise RuntimeError("inner")
    except RuntimeError:
        raise
except RuntimeError as e:
    print("reraised", e)
