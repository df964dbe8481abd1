# Builtins that loop over objects with dunder methods call them in CPython's
# order, stop where CPython stops, and raise what the dunders raise.
log = []
class K:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        log.append(f"eq{self.v}")
        if self.v == 99: raise ValueError("bad eq")
        return isinstance(o, K) and self.v == o.v
    def __hash__(self):
        log.append(f"h{self.v}")
        return self.v % 3
    def __lt__(self, o):
        log.append(f"lt{self.v},{o.v}")
        return self.v < o.v
    def __gt__(self, o):
        log.append(f"gt{self.v},{o.v}")
        return self.v > o.v
    def __add__(self, o):
        log.append(f"add{self.v}")
        if isinstance(o, K) and o.v == 13: raise OverflowError("13")
        return K(self.v + (o.v if isinstance(o, K) else o))
    __radd__ = __add__
    def __repr__(self): return f"K{self.v}"
def show(label, f):
    log.clear()
    try:
        r = f()
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(label, r, " ".join(log))
ks = [K(i) for i in range(6)]
show("in", lambda: K(3) in ks)
show("not in", lambda: K(7) in ks)
show("in raises", lambda: K(99) in ks)
show("count", lambda: ks.count(K(2)))
show("index", lambda: ks.index(K(4), 1))
show("index missing", lambda: ks.index(K(9)))
show("sum", lambda: sum(ks))
show("sum raises", lambda: sum([K(1), K(2), K(13), K(4)]))
show("max", lambda: max(ks))
show("min", lambda: min(ks[::-1]))
show("max key", lambda: max(ks, key=lambda k: K(-k.v)))
show("set", lambda: sorted(x.v for x in set(ks + [K(1), K(4)])))
show("fromkeys", lambda: list(dict.fromkeys([K(1), K(4), K(1)])))
show("frozenset", lambda: len(frozenset([K(5), K(2), K(5)])))
show("set raises", lambda: set([K(1), K(99), K(4)]))
show("tuple in", lambda: K(2) in tuple(ks))
from collections import deque
show("deque in", lambda: K(5) in deque(ks))
