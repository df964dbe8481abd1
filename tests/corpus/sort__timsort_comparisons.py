# list.sort/sorted make CPython 3.11 timsort's comparisons, in its order: counted
# with a __lt__, visible with NaNs, sets (partial orders) and a raising __lt__.
import random
calls = 0
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        global calls
        calls += 1
        return self.v < other.v
    def __repr__(self): return f"K({self.v})"

def trace(xs, **kw):
    global calls
    calls = 0
    ks = [K(x) for x in xs]
    out = sorted(ks, **kw)
    return calls, [k.v for k in out]

rng = random.Random(7)
for n in [0, 1, 2, 3, 10, 33, 64, 65, 100, 257, 1000]:
    xs = [rng.randrange(n // 3 + 1) for _ in range(n)]
    c, out = trace(xs)
    c2, out2 = trace(xs, reverse=True)
    print(n, c, c2, out == sorted(xs), out2 == sorted(xs, reverse=True))
# runs, galloping
xs = list(range(500)) + list(range(250)) + list(range(1000, 700, -1))
print(trace(xs)[0], trace(xs, reverse=True)[0])
xs = [i % 7 for i in range(300)] + list(range(300))
print(trace(xs)[0])
# stability with reverse and key
pairs = [(rng.randrange(5), i) for i in range(200)]
print(sorted(pairs, key=lambda p: K(p[0]))[:10], sorted(pairs, key=lambda p: K(p[0]), reverse=True)[:10])
# inconsistent orders
nan = float("nan")
print(sorted([3.0, nan, 1.0]), sorted([nan, 2.0, 1.0, nan, 0.5]), sorted([5, 3, nan, 2, 8, 1, 9]))
print(sorted([{1, 2}, {1}, {3}, {2}, set()]), sorted([{3}, {1, 2}, {1}, {2}]))
# partial order after a failing comparison
class Boom:
    n = 0
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        Boom.n += 1
        if Boom.n == 40: raise ValueError("boom")
        return self.v < o.v
    def __repr__(self): return str(self.v)
l = [Boom(rng.randrange(100)) for _ in range(30)]
try:
    l.sort()
except ValueError as e:
    print("error", e, l)
l = [3, 1, "a", 2]
try:
    l.sort()
except TypeError as e:
    print(e, l)
l = [5, 4, 3, "x", 1]
try:
    l.sort(reverse=True)
except TypeError as e:
    print(e, l)
