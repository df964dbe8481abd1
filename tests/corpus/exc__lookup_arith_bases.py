# LookupError and ArithmeticError catch their subclasses.
def lookups():
    yield lambda: [1, 2][5]
    yield lambda: {"a": 1}["b"]
    yield lambda: "abc"[10]
    yield lambda: (1,)[-3]
    yield lambda: range(3)[3]
for fn in lookups():
    try:
        fn()
    except LookupError as e:
        print("LookupError caught:", type(e).__name__, repr(e))
def arith():
    yield lambda: 1 / 0
    yield lambda: 5 % 0
    yield lambda: 2.0 ** 5000
    yield lambda: divmod(1.0, 0.0)
    yield lambda: int(float("inf"))
for fn in arith():
    try:
        fn()
    except ArithmeticError as e:
        print("ArithmeticError caught:", type(e).__name__, e)
try:
    {}["x"]
except IndexError:
    print("wrong handler")
except KeyError:
    print("KeyError handler (first matching)")
except LookupError:
    print("never reached")
try:
    raise LookupError("generic lookup")
except (KeyError, IndexError):
    print("not a subclass")
except LookupError as e:
    print("plain LookupError:", e)
