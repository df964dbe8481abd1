# Sorting with inconsistent or failing comparisons ends where CPython's does.
import random
rng = random.Random(11)
class Coin:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return rng.random() < 0.5
class Skewed:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return (self.v * 7 + o.v * 3) % 11 < 5
class Fail:
    budget = 0
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        Fail.budget -= 1
        if Fail.budget == 0: raise RuntimeError("stop")
        return self.v < o.v
results = []
for trial in range(24):
    n = rng.choice([5, 40, 63, 64, 65, 130, 300])
    xs = list(range(n))
    rng.shuffle(xs)
    if trial % 3 == 0:
        xs.sort(key=lambda v: v // 4)  # long runs with equal keys
        xs = xs[: n // 2] + xs[n // 2 :][::-1]
    a = sorted((Coin(x) for x in xs), reverse=trial % 2 == 0)
    b = sorted(Skewed(x) for x in xs)
    Fail.budget = rng.randrange(1, 4 * n + 2)
    c = [Fail(x) for x in xs]
    try:
        c.sort(reverse=trial % 4 == 1)
        r = "done"
    except RuntimeError:
        r = "failed"
    results.append((n, sum(i * k.v for i, k in enumerate(a)), sum(i * k.v for i, k in enumerate(b)), r, sum(i * k.v for i, k in enumerate(c))))
for r in results:
    print(*r)
