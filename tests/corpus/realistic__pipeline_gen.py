"""A log-processing pipeline built from generators, with send() and yield from."""
import itertools
import functools

LOG = """\
2024-01-01 10:00:01 INFO  user=alice action=login ms=12
2024-01-01 10:00:05 WARN  user=bob action=login ms=340
2024-01-01 10:01:00 INFO  user=alice action=view ms=48
2024-01-01 10:02:13 ERROR user=carol action=pay ms=1200
malformed line here
2024-01-01 10:03:00 INFO  user=bob action=view ms=33
2024-01-01 10:03:30 ERROR user=alice action=pay ms=900
2024-01-01 10:04:00 INFO  user=carol action=logout ms=5
"""


def read_lines(text):
    for n, line in enumerate(text.splitlines(), 1):
        yield n, line


def parse(lines):
    for n, line in lines:
        parts = line.split()
        if len(parts) < 4:
            print(f"  skip line {n}: {line!r}")
            continue
        date, time, level, *fields = parts
        rec = dict(f.split("=", 1) for f in fields)
        rec.update(date=date, time=time, level=level, ms=int(rec["ms"]))
        yield rec


def where(records, **conds):
    for r in records:
        if all(r.get(k) == v for k, v in conds.items()):
            yield r


def running_average():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return (count, total)
        total += value
        count += 1
        avg = total / count


def chunked(it, n):
    it = iter(it)
    while chunk := list(itertools.islice(it, n)):
        yield chunk


def flatten(nested):
    for x in nested:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x


def tee_stats(records):
    acc = running_average()
    next(acc)
    for r in records:
        r["avg_so_far"] = round(acc.send(r["ms"]), 1)
        yield r
    try:
        acc.send(None)
    except StopIteration as stop:
        print("  averager finished with", stop.value)


recs = list(tee_stats(parse(read_lines(LOG))))
for r in recs:
    print(f"{r['time']} {r['level']:<5} {r['user']:<6} {r['action']:<7} {r['ms']:>5} {r['avg_so_far']:>7}")
print([r["user"] for r in where(recs, level="ERROR")])
print([r["time"] for r in where(recs, user="alice", action="view")])
by_user = {u: [r["ms"] for r in g] for u, g in itertools.groupby(sorted(recs, key=lambda r: r["user"]), key=lambda r: r["user"])}
print(by_user)
print(list(chunked(range(7), 3)), list(flatten([1, [2, [3, [4]], 5], [[6]]])))
print(functools.reduce(lambda acc, r: acc + r["ms"], recs, 0), max(recs, key=lambda r: r["ms"])["user"])
slow = (r for r in recs if r["ms"] > 100)
print(next(slow)["user"], sum(1 for _ in slow))
pairs = list(itertools.pairwise(r["ms"] for r in recs))
print(pairs[:3], list(itertools.accumulate(r["ms"] for r in recs))[-1])
gen = running_average(); next(gen)
for v in (10, 20, 60):
    print(gen.send(v), end=" ")
gen.close(); print("closed")
