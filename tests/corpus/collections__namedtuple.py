# collections.namedtuple.
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, repr(p), p.x, p.y, p[0], p[-1], len(p), tuple(p), list(p))
print(Point._fields, p._asdict(), p._replace(y=10), p)
x, y = p
print(x + y, p == (3, 4), p == Point(3, 4), isinstance(p, tuple), hash(p) == hash((3, 4)))
Person = namedtuple("Person", "name age city", defaults=["Unknown"])
print(Person("Ann", 30), Person("Bob", 25, "Oslo"), Person._field_defaults)
print(Person._make(["Cy", 40, "Rome"]), Person(name="Di", age=5))
Color = namedtuple("Color", "red, green, blue")
print(Color(1, 2, 3), Color._fields)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
R = namedtuple("R", ["class", "def", "ok"], rename=True)
print(R._fields)
class Vector(namedtuple("Vector", "dx dy")):
    def length(self):
        return (self.dx ** 2 + self.dy ** 2) ** 0.5
v = Vector(3, 4)
print(v, v.length(), v._replace(dx=0).length())
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]), max(Point(1, 9), Point(2, 0)))
print(type(p).__name__, Point.__name__, p.count(3), p.index(4))
