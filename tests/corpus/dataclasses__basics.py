# dataclasses: generated __init__, __repr__, __eq__ and defaults.
from dataclasses import dataclass, field
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, Point(5), Point(x=3, y=4), p == Point(1, 2), p == Point(2, 1), p != Point(1, 2))
print(p.x, p.y, repr(p), str(p))
p.x = 10
print(p)
@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
    tags: dict = field(default_factory=dict, compare=False)
a = Inventory("a")
b = Inventory("b")
a.items.append("apple")
print(a, b, a.items is b.items)
print(Inventory("x", tags={"k": 1}) == Inventory("x"), Inventory("x", count=1) == Inventory("x"))
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
@dataclass
class Child(Point):
    label: str = "c"
print(Child(1, 2, "z"), Child(7))
print(sorted(Point.__dataclass_fields__))
