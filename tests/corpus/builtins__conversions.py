# Constructors of builtin types as conversion functions.
print(int("12"), int(12.9), int(True), float("1.5"), float(2), str(12), str(1.0), str(None), str([1, "a"]))
print(bool(""), bool("x"), bool([]), bool([0]), bool(0.0), bool(None))
print(list("abc"), list((1, 2)), list({"a": 1, "b": 2}), list(range(3)), list())
print(tuple([1, 2]), tuple("ab"), tuple({"k": 1}), tuple())
print(dict([("a", 1), ("b", 2)]), dict(a=1), dict({"x": 1}, y=2), dict(), dict(zip("ab", "cd")))
print(set([3, 1, 3]), set("aab") == {"a", "b"}, set(), frozenset([1, 2, 2]), frozenset())
print(str(b"bytes"), bytes("hé", "utf-8"), list(b"ab"), str(3 + 4), repr(str(5)))
print(int(" 7 "), float(" -3.5\n"), int("-0"), float("1e2"), int(float("1e2")))
print(list(map(int, "1 2 3".split())), [float(x) for x in ["1", "2.5"]], tuple(map(str, range(3))))
print(type(int("5")), type(str(5)), type(list()), type(dict()), type(set()), type(tuple()))
print(int.__name__, str.__name__, list.__name__, dict.__name__)
for bad in [lambda: int([]), lambda: float([]), lambda: list(5), lambda: dict([1]), lambda: set(5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
