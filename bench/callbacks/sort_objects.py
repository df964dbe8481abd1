# sorted() of N objects with a Python __lt__, random order (argv: N).
import random, sys
class V:
    def __init__(self, x): self.x = x
    def __lt__(self, o): return self.x < o.x
rng = random.Random(1)
n = int(sys.argv[1])
vs = [V(rng.random()) for i in range(n)]
print(sorted(vs)[0].x == min(v.x for v in vs))
