# Rich comparisons, reflection and defaults.
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
    def __eq__(self, o):
        print("  eq", self, o)
        return isinstance(o, Version) and self.parts == o.parts
    def __lt__(self, o):
        print("  lt", self, o)
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
a, b = Version(1, 2), Version(1, 10)
print(a < b)
print(a > b)
print(a == Version(1, 2))
print(a != b)
print(a >= b)
print([v.parts for v in sorted([Version(2), Version(1, 5)])])
vs = [Version(2), Version(1, 5), Version(1)]
print(min(vs, key=lambda v: v.parts), max(vs, key=lambda v: v.parts))
class Plain:
    pass
p, q = Plain(), Plain()
print(p == p, p == q, p != q, p is p)
try:
    p < q
except TypeError as e:
    print("TypeError:", e)
class AlwaysEqual:
    def __eq__(self, o):
        return True
print(AlwaysEqual() == 5, 5 == AlwaysEqual(), AlwaysEqual() != 5, [1, 2].count(AlwaysEqual()))
print(AlwaysEqual() in [1], 3 in [AlwaysEqual()])
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
print(OnlyLt(1) < OnlyLt(2), OnlyLt(3) > OnlyLt(2))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print("TypeError:", e)
