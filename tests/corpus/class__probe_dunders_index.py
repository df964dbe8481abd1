# class protocol probes
class V:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"V({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, V): return V(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)): return V(self.x + o, self.y + o)
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o): return V(self.x - o.x, self.y - o.y)
    def __rsub__(self, o): return V(o - self.x, o - self.y)
    def __mul__(self, k): return V(self.x * k, self.y * k)
    def __rmul__(self, k): return self * k
    def __matmul__(self, o): return self.x * o.x + self.y * o.y
    def __neg__(self): return V(-self.x, -self.y)
    def __pos__(self): return self
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self): return V(self.y, self.x)
    def __eq__(self, o): return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __lt__(self, o): return abs(self) < abs(o)
    def __bool__(self): return bool(self.x or self.y)
    def __iter__(self): yield self.x; yield self.y
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __truediv__(self, k): return V(self.x / k, self.y / k)
    def __floordiv__(self, k): return V(self.x // k, self.y // k)
    def __mod__(self, k): return V(self.x % k, self.y % k)
    def __pow__(self, k): return V(self.x ** k, self.y ** k)
    def __rpow__(self, b): return b ** self.x
    def __and__(self, o): return "and"
    def __ror__(self, o): return "ror"
    def __lshift__(self, n): return "lshift%d" % n
    def __round__(self, n=None): return V(round(self.x, n), round(self.y, n))
    def __int__(self): return int(self.x)
    def __float__(self): return float(self.x)
    def __index__(self): return int(self.x)
a, b = V(1, 2), V(3, 4)
print(a + b, a + 1, 1 + a, 2.5 + a, a - b, 10 - a, a * 3, 3 * a, a @ b, -a, +a, abs(b), ~a)
print(a == V(1, 2), a != b, a == 1, {a: 1}[V(1, 2)], a < b, a > b, sorted([b, a]), max(a, b))
print(bool(V(0, 0)), list(a), a[1], tuple(b), x if (x := a) else None, b / 2, b // 2, b % 3, a ** 2, 2 ** a)
print(a & 1, 1 | a, a << 3, round(V(1.26, 2.5), 1), round(V(1.5, 2.5)), int(a), float(a), [0, 1, 2][a], hex(a))
try: a | 1
except TypeError as e: print(e)
try: a < 1
except TypeError as e: print(e)
try: "x" + a
except TypeError as e: print(e)
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, o): self.items.append(o); return self
    def __isub__(self, o): self.items.remove(o); return self
    def __imul__(self, k): self.items *= k; return self
    def __len__(self): return len(self.items)
    def __contains__(self, x): return x in self.items
    def __setitem__(self, k, v): self.items[k] = v
    def __delitem__(self, k): del self.items[k]
    def __getitem__(self, k): return self.items[k]
    def __call__(self, *a, **kw): return (a, sorted(kw.items()))
acc = Acc(); acc += 1; acc += 2; acc -= 1; acc *= 3; print(acc.items, len(acc), 2 in acc, 5 in acc, acc(1, z=2))
acc[0] = 9; del acc[1]; print(acc.items, acc[-1], acc[:1])
class H:
    def __init__(self): self.d = {"k": [1, 2]}; self.n = 0
h = H(); h.n += 5; h.d["k"][0] += 10; h.d["new"] = h.d.get("new", 0) + 1; print(h.n, h.d)
lst = [1, 2]; lst[0] += 5; lst[-1] *= 3; print(lst)
class Meta:
    count = 0
    def __init__(self): Meta.count += 1; self.count += 100
m1 = Meta(); m2 = Meta(); print(Meta.count, m1.count, m2.count)
class P:
    def __init__(self): self._t = 0
    @property
    def t(self): return self._t
    @t.setter
    def t(self, v):
        if v < 0: raise ValueError("negative")
        self._t = v
    @t.deleter
    def t(self): print("deleting"); self._t = None
p = P(); p.t = 5; print(p.t); 
try: p.t = -1
except ValueError as e: print("err", e)
del p.t; print(p.t)
class RO:
    @property
    def x(self): return 1
try: RO().x = 2
except AttributeError as e: print(e)
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), [x for x in Seq()])
class Len0:
    def __len__(self): return 0
print(bool(Len0()), "yes" if Len0() else "no")
class Cnt:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1; return self.n
print(list(Cnt(3)), sum(Cnt(4)), next(Cnt(0), "done"))
