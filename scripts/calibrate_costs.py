# Micro-benchmarks for the simulated cost table. Run by scripts/calibrate-costs
# under python3 (real time) and under corelab (simulated time); prints
# "name ns_per_iteration" lines. Keep it plain Python both can run.
import time

def loop_empty(n):
    for _ in range(n):
        pass

def countdown(n):
    while n > 0:
        n -= 1

def calls(n):
    def f():
        pass
    for _ in range(n):
        f()

def globals_rw(n):
    global G
    for _ in range(n):
        G = G + 1

def attrs(n):
    class C:
        pass
    c = C()
    c.x = 0
    for _ in range(n):
        c.x = c.x + 1

def methods(n):
    class C:
        def m(self):
            return 1
    c = C()
    for _ in range(n):
        c.m()

def list_append(n):
    a = []
    for i in range(n):
        a.append(i)

def subscripts(n):
    a = [0] * 10
    for i in range(n):
        a[3] = a[4] + 1

def build_tuple(n):
    for i in range(n):
        t = (i, i, i)

def builtin_len(n):
    s = "abc"
    for _ in range(n):
        len(s)

def sum_items(n):
    sum(range(n))

def fstrings(n):
    for i in range(n):
        s = f"{i}"

G = 0
BENCHES = [loop_empty, countdown, calls, globals_rw, attrs, methods, list_append,
           subscripts, build_tuple, builtin_len, sum_items, fstrings]
N = 200_000
for bench in BENCHES:
    best = None
    for _ in range(3):
        t0 = time.perf_counter()
        bench(N)
        dt = time.perf_counter() - t0
        best = dt if best is None or dt < best else best
    print(bench.__name__, round(best / N * 1e9, 2))
