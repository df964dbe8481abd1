# Eight builtins over N objects with Python dunders (argv: N [operation]).
# Timed from outside: `time corelab run --quiet dunder_ops.py 10000`.
import time, sys
class P:
    __slots__ = ()
class V:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return isinstance(o, V) and self.x == o.x
    def __hash__(self): return hash(self.x)
    def __lt__(self, o): return self.x < o.x
    def __add__(self, o): return V(self.x + (o.x if isinstance(o, V) else o))
    __radd__ = __add__
N = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
vs = [V(i) for i in range(N)]
SEL = sys.argv[2] if len(sys.argv) > 2 else None
def t(name, f):
    if SEL and name != SEL: return
    t0 = time.perf_counter(); r = f(); print(name, r)
t("in", lambda: V(N - 1) in vs)
t("sum", lambda: sum(vs).x)
t("set", lambda: len(set(vs)))
t("max", lambda: max(vs).x)
t("eq", lambda: vs == list(vs))
t("count", lambda: vs.count(V(5)))
t("sorted", lambda: sorted(vs, reverse=True)[0].x)
t("dict", lambda: len(dict.fromkeys(vs)))
