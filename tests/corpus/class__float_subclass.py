# Subclasses of float: arithmetic returns float, formatting, rounding,
# math functions, __new__ with extra arguments, overridden operators.
import copy
import math


class Celsius(float):
    def to_f(self):
        return self * 9 / 5 + 32


c = Celsius(21.5)
print(c, repr(c), str(c), f"{c}", f"{c:.2f}", format(c, "8.3f"), "%.1f|%s|%r|%d" % (c, c, c, c))
print(type(c).__name__, isinstance(c, float), c.to_f(), type(c.to_f()).__name__)
print(c + 1, 1 + c, c * 2, c / 2, c // 2, c % 5, c ** 2, -c, +c, abs(Celsius(-2.0)), c - 0.5, 30 - c)
print(c == 21.5, 21.5 == c, c < 22, c > 21, hash(c) == hash(21.5), Celsius(2.0) == 2, hash(Celsius(2.0)) == hash(2))
print(int(c), float(c), type(float(c)).__name__, round(c), round(c, 0), round(Celsius(2.675), 2))
print(math.floor(c), math.ceil(c), math.trunc(c), math.sqrt(Celsius(16.0)), math.isclose(c, 21.5), math.fsum([c, c]))
print(c.is_integer(), Celsius(2.0).is_integer(), c.as_integer_ratio(), c.real, c.imag, c.hex(), c.conjugate())
print(Celsius("3.25"), Celsius(4), Celsius(), bool(Celsius(0.0)), Celsius(" -inf "), Celsius.fromhex("0x1p-1"), type(Celsius.fromhex("0x1p1")).__name__)
print(sorted([Celsius(3.5), 1.0, Celsius(-1.0)]), sum([Celsius(1.5), Celsius(2.5)]), max(Celsius(1), 0.5))
print(divmod(Celsius(7.5), 2), pow(Celsius(2.0), 3), c.__getnewargs__(), complex(c))
print({c: "warm"}[21.5], 21.5 in {c}, [1.0, 2.0][int(Celsius(1.9))])

c.unit = "C"
print(c.unit, vars(c))


class Temp(float):
    def __new__(cls, value, scale="C"):
        self = super().__new__(cls, value)
        self.scale = scale
        return self

    def __repr__(self):
        return f"{float(self)}°{self.scale}"

    def __add__(self, other):
        return Temp(float(self) + float(other), self.scale)

    __radd__ = __add__


t = Temp(10, "F")
print(t, [t], t + 5, type(t + 5).__name__, 5 + t, type(5 + t).__name__, f"{t}", f"{t:.1f}", str(t))
t2 = copy.deepcopy(t)
print(type(t2).__name__, t2, t2.scale)


class Prob(float):
    def __new__(cls, p):
        if not 0.0 <= p <= 1.0:
            raise ValueError(f"probability out of range: {p}")
        return super().__new__(cls, p)

    def __invert__(self):
        return Prob(1.0 - self)

    def __and__(self, other):
        return Prob(self * other)


p = Prob(0.25)
print(p, ~p, type(~p).__name__, p & Prob(0.5), p * 2, type(p * 2).__name__)
try:
    Prob(1.5)
except ValueError as e:
    print("ValueError", e)

for label, thunk in [
    ("Celsius('x')", lambda: Celsius("x")),
    ("c + 'a'", lambda: c + "a"),
    ("c | 1", lambda: c | 1),
    ("~c", lambda: ~c),
    ("c / 0", lambda: c / 0),
    ("[1][c]", lambda: [1][c]),
    ("float.__add__(1, 2.0)", lambda: float.__add__(1, 2.0)),
    ("Celsius(float('nan')) == Celsius(float('nan'))", lambda: Celsius(float("nan")) == Celsius(float("nan"))),
    ("int(Celsius(float('inf')))", lambda: int(Celsius(float("inf")))),
]:
    try:
        print(label, "->", thunk())
    except Exception as e:
        print(label, "->", type(e).__name__, e)
