# Exception args, str() and repr() for various argument counts.
for exc in [Exception(), Exception("one"), Exception("a", "b"), Exception(42), Exception(None),
            ValueError("v"), KeyError("k"), KeyError(), KeyError("a", "b"), IndexError(3),
            RuntimeError(""), TypeError(["list"]), ArithmeticError("arith"),
            StopIteration(5), SystemExit(2), AssertionError("msg")]:
    print(type(exc).__name__, "| str:", str(exc), "| repr:", repr(exc), "| args:", exc.args)
e = ValueError("first")
e.args = ("changed", 1)
print(str(e), repr(e))
class Custom(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
c = Custom(404, "not found")
print(str(c), repr(c), c.args, c.code)
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
n = NoSuper(1, 2)
print(repr(str(n)), repr(n), n.args)
print(str(KeyError("it's")), str(KeyError('say "hi"')), repr(KeyError("")))
