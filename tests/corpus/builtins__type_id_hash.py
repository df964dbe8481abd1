# type(), id() comparisons and hash() of ints and tuples.
values = [1, 2.0, "s", [1], (1,), {1: 2}, {1}, None, True, b"x", range(2), print, len, int]
for v in values:
    print(type(v))
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), id(a) != id(c), type(id(a)) is int)
x = None
y = None
print(id(x) == id(y), id(True) == id(True))
print(hash(0), hash(1), hash(-1), hash(-2), hash(12345), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) != hash((2, 1)), hash(()) == hash(tuple()))
print(hash((1, 2, 3)), hash(()), hash((0,)), hash(((1, 2), 3)))
print(hash(True), hash(False), hash(1.0), hash(0.5), hash(10 ** 20))
print(type(type(1)), type(1).__name__, type(int), type(None).__name__)
T = type("T", (object,), {"x": 1, "hi": lambda self: "hi"})
t = T()
print(T.__name__, t.x, t.hi(), type(t) is T, isinstance(t, T), T.__bases__)
print(type(len), type([].append).__name__, type(lambda: 0).__name__, type(T.hi).__name__)
