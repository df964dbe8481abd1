# __len__, __getitem__, __setitem__, __delitem__, __contains__.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, key):
        print("get", key)
        if isinstance(key, tuple):
            return self.cells.get(key, ".")
        raise TypeError("grid keys are (x, y)")
    def __setitem__(self, key, value):
        print("set", key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.cells[key]
    def __contains__(self, value):
        return value in self.cells.values()
g = Grid(3, 2)
g[0, 0] = "X"
g[2, 1] = "O"
print(len(g), g[0, 0], g[1, 1], "X" in g, "Z" in g, "Z" not in g)
del g[0, 0]
print("X" in g, g.cells)
try:
    del g[5, 5]
except KeyError as e:
    print("KeyError:", e)
try:
    g["bad"]
except TypeError as e:
    print("TypeError:", e)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq(), [x for x in Seq()])
class Squares:
    def __getitem__(self, s):
        if isinstance(s, slice):
            return [i * i for i in range(*s.indices(10))]
        return s * s
sq = Squares()
print(sq[3], sq[2:5], sq[::3], sq[-3:])
class Sized:
    def __len__(self):
        return 0
print(bool(Sized()), len(Sized()))
