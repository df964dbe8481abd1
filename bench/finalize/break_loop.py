# Breaking out of a `for` loop over a generator suspended in `try` (so it
# must be closed at once) many times while many objects are alive:
# `break_loop.py LIVE BREAKS` (default 200000 10000).
import sys

LIVE, BREAKS = (int(a) for a in (sys.argv[1:] or ["200000", "10000"]))


def lines():
    try:
        yield "first"
        yield "second"
    finally:
        pass


data = [[i] for i in range(LIVE)]
found = 0
for i in range(BREAKS):
    for line in lines():
        found += 1
        break
print(len(data), found)
