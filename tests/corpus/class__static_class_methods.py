# @staticmethod and @classmethod.
class Temperature:
    unit = "C"
    instances = 0
    def __init__(self, degrees):
        self.degrees = degrees
        Temperature.instances += 1
    @classmethod
    def from_fahrenheit(cls, f):
        return cls(round((f - 32) * 5 / 9, 2))
    @staticmethod
    def is_valid(d):
        return d >= -273.15
    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.unit}"
    def __repr__(self):
        return f"{type(self).__name__}({self.degrees})"
t = Temperature.from_fahrenheit(212)
print(t, Temperature.is_valid(-300), t.is_valid(0), Temperature.describe(), t.describe())
class Kelvin(Temperature):
    unit = "K"
k = Kelvin.from_fahrenheit(32)
print(k, type(k).__name__, Kelvin.describe(), Temperature.instances)
print(type(Temperature.__dict__["is_valid"]).__name__, type(Temperature.__dict__["describe"]).__name__)
sm = Temperature.is_valid
print(sm(5), callable(sm))
class Util:
    @staticmethod
    def add(a, b):
        return a + b
    total = staticmethod(lambda *xs: sum(xs))
    @classmethod
    def name(cls):
        return cls.__name__
print(Util.add(1, 2), Util().add(3, 4), Util.total(1, 2, 3), Util.name(), Util().name())
