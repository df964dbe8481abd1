# Subclasses of int: construction, inherited operators returning int,
# overridden dunders, hashing/equality with plain ints, attributes, errors.
import copy


class Meters(int):
    def __repr__(self):
        return f"{int(self)} m"


m = Meters(5)
print(m, repr(m), str(m), f"{m}", f"[{m:>5}]", format(m, "03d"), "%d|%s|%r" % (m, m, m))
print(type(m).__name__, isinstance(m, int), type(m) is Meters, Meters.__mro__)
x = m + 3
print(x, type(x).__name__, 3 + m, type(3 + m).__name__)
print(m * 2, m - 1, 10 - m, m / 2, m // 2, m % 3, m ** 2, -m, +m, abs(Meters(-3)), ~m)
print(m << 2, 1 << Meters(3), m >> 1, m ^ 1, m & 4, m | 8, True + m, m * 1.5, 1.5 + m)
print(m == 5, 5 == m, m < 6, 6 > m, m == 5.0, 5.0 == m, m != 5, m >= 5)
print(hash(m) == hash(5), {m: "a"}[5], {5: "b"}[m], m in {5: 1}, m in [1, 5], {m} == {5})
print(int(m), type(int(m)).__name__, float(m), bool(Meters(0)), bool(m), complex(m))
print([10, 20, 30, 40, 50, 60][m], "abcdef"[Meters(1)], list(range(Meters(3))), "ab" * Meters(2), [0] * Meters(2))
print(m.bit_length(), m.real, m.imag, m.numerator, m.denominator, hex(m), bin(m), oct(m), chr(Meters(65)))
print(round(Meters(15), -1), divmod(Meters(7), 2), pow(Meters(2), 10), pow(Meters(2), 10, 1000))
print(Meters("7"), Meters("ff", 16), Meters(3.9), Meters(), Meters(True), Meters(10**30) + 1)
print(Meters.from_bytes(b"\x01\x00", "big"), type(Meters.from_bytes(b"\x01", "big")).__name__, m.to_bytes(2, "big"))
print(sorted([Meters(3), 1, Meters(2)]), max(Meters(1), Meters(9)), sum([Meters(1), Meters(2)]), min(m, 4.5))
print("{:x}".format(Meters(255)), "%x %o %c %e" % (Meters(255), m, Meters(65), m), f"{m!s:>4}|{m!r}")
print(bytes(Meters(3)), bytearray([Meters(65), 66]), "x" * Meters(0))
print(m.__add__(1), m.__radd__(1), m.__eq__("x"), m.__index__(), m.__float__(), m.__neg__(), m.__getnewargs__())

m.note = "hi"
print(m.note, m.__dict__, vars(m))


class Color(int):
    """An enum-like class written by hand."""
    names = {1: "RED", 2: "GREEN"}

    def __new__(cls, value, label=None):
        obj = int.__new__(cls, value)
        obj.label = label or cls.names.get(value, "?")
        return obj

    def __repr__(self):
        return f"<Color.{self.label}: {int(self)}>"

    __str__ = __repr__


Color.RED = Color(1)
Color.GREEN = Color(2)
print(Color.RED, [Color.GREEN], Color(1) == Color.RED, Color.RED.label, Color.RED + 1, Color(2, "verde").label)
print({Color.RED: "stop", Color.GREEN: "go"}[1], sorted([Color.GREEN, Color.RED]))


class Flags(int):
    __slots__ = ()

    def __or__(self, other):
        return Flags(int(self) | int(other))

    __ror__ = __or__

    def __repr__(self):
        return f"Flags({int(self):#b})"


f = Flags(1) | Flags(4)
print(f, type(f).__name__, f | 2, 2 | f, f & 4, type(f & 4).__name__)
try:
    f.x = 1
except AttributeError as e:
    print("AttributeError", e)


class Counter(int):
    def __add__(self, other):
        return Counter(super().__add__(other))

    def __radd__(self, other):
        return Counter(super().__radd__(other))


c = Counter(1) + 2
print(type(c).__name__, c, type(5 + Counter(1)).__name__, type(sum([Counter(1), Counter(2)])).__name__)
c += 10
print(type(c).__name__, c)


class WithInit(int):
    def __init__(self, value):
        self.orig = value


w = WithInit("12")
print(w, repr(w.orig), w * 2)


class EqAll(int):
    def __eq__(self, other):
        return True


try:
    hash(EqAll(1))
except TypeError as e:
    print("TypeError", e)
print(EqAll(1) == 5, 5 == EqAll(1), EqAll(1) != 3)

k = Meters(7)
k.a = [1]
k2, k3 = copy.copy(k), copy.deepcopy(k)
print(type(k2).__name__, k2, k2.a, k2.a is k.a, type(k3).__name__, k3, k3.a is k.a)
print(type(copy.deepcopy(Flags(3))).__name__, copy.copy(Color.RED))

for label, thunk in [
    ("Meters('x')", lambda: Meters("x")),
    ("Meters([1])", lambda: Meters([1])),
    ("m + 'a'", lambda: m + "a"),
    ("'a' + m", lambda: "a" + m),
    ("m < 'a'", lambda: m < "a"),
    ("m / 0", lambda: m / 0),
    ("len(m)", lambda: len(m)),
    ("m[0]", lambda: m[0]),
    ("m.foo", lambda: m.foo),
    ("WithInit(1, 2)", lambda: WithInit(1, 2)),
    ("int.__add__(1.5, 2)", lambda: int.__add__(1.5, 2)),
    ("int.__new__(str, 5)", lambda: int.__new__(str, 5)),
    ("object.__new__(Meters)", lambda: object.__new__(Meters)),
]:
    try:
        print(label, "->", thunk())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class X(int, str):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class S(int):
        __slots__ = ("a",)
except TypeError as e:
    print("TypeError", e)
