# @property with getter, setter and deleter.
class Celsius:
    def __init__(self, t=0.0):
        self.temperature = t
    @property
    def temperature(self):
        print("get")
        return self._t
    @temperature.setter
    def temperature(self, value):
        print("set", value)
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._t = value
    @temperature.deleter
    def temperature(self):
        print("delete")
        del self._t
    @property
    def fahrenheit(self):
        return self.temperature * 9 / 5 + 32
c = Celsius(25)
print(c.temperature, c.fahrenheit)
c.temperature = 100
print(c.fahrenheit)
try:
    c.temperature = -300
except ValueError as e:
    print("ValueError:", e)
try:
    c.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del c.temperature
print(hasattr(c, "_t"))
print(type(Celsius.temperature).__name__, Celsius.fahrenheit.fget.__name__)
class Lazy:
    def _get(self):
        return 42
    answer = property(_get, doc="the answer")
print(Lazy().answer, Lazy.answer.__doc__)
try:
    del Lazy().answer
except AttributeError as e:
    print("AttributeError:", e)
