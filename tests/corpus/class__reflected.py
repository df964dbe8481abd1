# Reflected operators (__radd__ etc.) and NotImplemented.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __add__(self, other):
        print("  __add__", self, other)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        print("  __radd__", self, other)
        if other == 0:
            return self
        return self.__add__(other)
    def __mul__(self, k):
        return Money(self.cents * k) if isinstance(k, int) else NotImplemented
    __rmul__ = __mul__
    def __rsub__(self, other):
        return Money(other - self.cents)
print(Money(5) + Money(7))
print(10 + Money(5))
print(sum([Money(1), Money(2), Money(3)]))
print(3 * Money(4), Money(4) * 3, 100 - Money(1))
try:
    Money(1) + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "x" + Money(1)
except TypeError as e:
    print("TypeError:", e)
class Left:
    def __add__(self, o):
        return "Left.__add__"
class Right:
    def __radd__(self, o):
        return "Right.__radd__"
class SubRight(Left):
    def __radd__(self, o):
        return "SubRight.__radd__ wins"
print(Left() + Right(), 1 + Right(), Left() + SubRight())
class Ten:
    def __rtruediv__(self, o):
        return o / 10
    def __rpow__(self, o):
        return o ** 10
    def __rfloordiv__(self, o):
        return o // 10
    def __rmod__(self, o):
        return o % 10
print(5 / Ten(), 2 ** Ten(), 99 // Ten(), 99 % Ten())
