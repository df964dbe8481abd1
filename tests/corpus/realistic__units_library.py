# A small units library built on float and int subclasses, the way people
# write one by hand: quantities carry a unit, arithmetic checks units,
# conversions, formatting, sorting and aggregation.
from functools import total_ordering


class UnitError(TypeError):
    pass


class Quantity(float):
    unit = ""
    factors = {}

    def __new__(cls, value, unit=None):
        unit = unit or cls.unit
        if unit not in cls.factors:
            raise UnitError(f"unknown unit {unit!r} for {cls.__name__}")
        self = super().__new__(cls, value)
        self.unit = unit
        return self

    def to(self, unit):
        base = float(self) * self.factors[self.unit]
        return type(self)(base / self.factors[unit], unit)

    def _coerce(self, other):
        if isinstance(other, Quantity):
            if type(other) is not type(self):
                raise UnitError(f"cannot combine {type(self).__name__} and {type(other).__name__}")
            return float(other.to(self.unit))
        if other == 0:
            return 0.0
        raise UnitError(f"cannot combine {type(self).__name__} and a bare number")

    def __add__(self, other):
        return type(self)(float(self) + self._coerce(other), self.unit)

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        return type(self)(float(self) - self._coerce(other), self.unit)

    def __mul__(self, k):
        if isinstance(k, Quantity):
            return NotImplemented
        return type(self)(float(self) * k, self.unit)

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, Quantity):
            return float(self) / self._coerce(other)
        return type(self)(float(self) / other, self.unit)

    def __eq__(self, other):
        if isinstance(other, Quantity) and type(other) is type(self):
            return float(self.to(other.unit)) == float(other)
        return NotImplemented

    def __lt__(self, other):
        return float(self) < self._coerce(other)

    def __hash__(self):
        return hash((type(self).__name__, float(self) * self.factors[self.unit]))

    def __repr__(self):
        return f"{type(self).__name__}({float(self)!r}, {self.unit!r})"

    def __str__(self):
        return f"{float(self):g} {self.unit}"

    def __format__(self, spec):
        return f"{float(self):{spec}} {self.unit}" if spec else str(self)


class Length(Quantity):
    unit = "m"
    factors = {"m": 1.0, "km": 1000.0, "cm": 0.01, "mi": 1609.344}


class Duration(Quantity):
    unit = "s"
    factors = {"s": 1.0, "min": 60.0, "h": 3600.0}


@total_ordering
class Count(int):
    def __new__(cls, n, what="item"):
        self = super().__new__(cls, n)
        self.what = what
        return self

    def __str__(self):
        return f"{int(self)} {self.what}{'' if self == 1 else 's'}"

    def __add__(self, other):
        return Count(int(self) + int(other), self.what)

    __radd__ = __add__


legs = [Length(5, "km"), Length(1200), Length(3, "mi"), Length(450, "cm")]
total = sum(legs)
print("legs:", ", ".join(str(l) for l in legs))
print("total:", total, "=", total.to("km"), repr(total.to("mi")))
print("sorted:", sorted(legs))
# max() asks `>`, which Quantity leaves to float (raw numbers, units ignored).
print("longest:", max(legs), "shortest:", min(legs))
print(f"formatted: {total:.1f} | {Length(2.5, 'km'):>8.2f} | {Length(1):}")
print("equal:", Length(1, "km") == Length(1000), Length(1, "km") == 1000.0, Length(1, "km") != Length(1, "m"))
print("hash equal:", len({Length(1, "km"), Length(1000, "m"), Length(100000, "cm")}))
time = Duration(1.5, "h") + Duration(30, "min")
print("time:", time, time.to("min"), f"{time.to('s'):,.0f}")
pace = float(Duration(1, "h").to("s")) / float(total.to("km"))
print(f"pace: {pace:.1f} s/km, speed: {float(total.to('km')) / float(Duration(1, 'h')):.2f} km/h")
print("scaled:", legs[0] * 2, 3 * legs[1], legs[0] / 4, legs[0] / Length(500))
print("plain float ops:", legs[0] + 0, round(Length(2.345), 2), type(round(Length(2.345), 2)).__name__, abs(Length(-3)))
for bad in [lambda: Length(1) + Duration(1), lambda: Length(1) + 5, lambda: Length(1, "parsec"), lambda: Length(1) < Duration(2)]:
    try:
        bad()
    except UnitError as e:
        print("UnitError:", e, isinstance(e, TypeError))

steps = [Count(3, "step"), Count(1, "step"), Count(5, "step")]
print("steps:", sum(steps), max(steps), sorted(steps), [str(s) for s in steps])
print("count math:", Count(2) * 3, type(Count(2) * 3).__name__, Count(1) == 1, Count(2) > Count(1), {Count(2): "two"}[2])
inventory = {Count(1, "apple"): "one", Count(2, "apple"): "two"}
print("lookup:", inventory[1], inventory[Count(2)], list(map(str, inventory)))
