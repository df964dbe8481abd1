# The cost of drop points while a generator is armed: `armed_loop.py
# plain` runs the work alone, `armed_loop.py armed` inside a `with` over a
# @contextmanager generator (suspended in its try block for the whole
# body, so every POP_TOP, store and return checks the values it drops).
# Compare the wall times of the two runs (corelab's time.perf_counter is
# simulated and the same for both).
import sys
from contextlib import contextmanager


@contextmanager
def section():
    try:
        yield
    finally:
        pass


class Point:
    def __init__(self, x):
        self.x = x


def make(i):
    p = Point(i)
    return p


def work(n):
    total = 0
    for i in range(n):
        s = str(i)
        p = make(i)
        total += len(s) + p.x
    return total


N = 300_000
if sys.argv[1:] == ["armed"]:
    with section():
        print(work(N))
else:
    print(work(N))
