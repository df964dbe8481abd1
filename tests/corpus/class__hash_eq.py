# __hash__/__eq__ make objects usable as dict keys and set members.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
d = {Point(1, 2): "a", Point(3, 4): "b"}
print(d[Point(1, 2)], Point(3, 4) in d, Point(5, 6) in d, d)
d[Point(1, 2)] = "replaced"
print(d, len(d))
s = {Point(0, 0), Point(0, 0), Point(1, 1)}
print(len(s), Point(1, 1) in s)
print(hash(Point(1, 2)) == hash((1, 2)), hash(Point(1, 2)) == hash(Point(1, 2)))
class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__)
try:
    {EqOnly(): 1}
except TypeError as e:
    print("TypeError:", e)
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
class Default:
    pass
a = Default()
m = {a: "identity"}
print(m[a], Default() in m, hash(a) == hash(a))
class ConstHash:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 7
    def __eq__(self, o):
        return self.v == o.v
    def __repr__(self):
        return f"C{self.v}"
collide = {ConstHash(i): i for i in range(5)}
print(collide, collide[ConstHash(3)], hash(ConstHash(0)))
class BigHash:
    def __hash__(self):
        return 2 ** 70
print(hash(BigHash()) == hash(2 ** 70), hash(-1) == -2)
