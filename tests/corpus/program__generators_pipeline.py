# Log analysis with generators, itertools and string formatting.
from itertools import groupby, islice
LOG = """2024-01-01 10:00:01 INFO  start service=api
2024-01-01 10:00:05 WARN  slow request ms=1200 path=/users
2024-01-01 10:01:00 ERROR failed path=/orders code=500
2024-01-01 10:01:30 INFO  request ms=40 path=/users
2024-01-02 09:00:00 INFO  start service=api
2024-01-02 09:05:10 ERROR failed path=/users code=503
2024-01-02 09:06:00 WARN  slow request ms=900 path=/orders"""
def parse(lines):
    for line in lines:
        date, time, level, *rest = line.split()
        fields = dict(part.split("=", 1) for part in rest if "=" in part)
        message = " ".join(p for p in rest if "=" not in p)
        yield {"date": date, "time": time, "level": level, "msg": message, **fields}
records = list(parse(LOG.splitlines()))
print(len(records), records[1])
for date, group in groupby(records, key=lambda r: r["date"]):
    group = list(group)
    levels = {}
    for r in group:
        levels[r["level"]] = levels.get(r["level"], 0) + 1
    print(date, len(group), dict(sorted(levels.items())))
errors = (r for r in records if r["level"] == "ERROR")
print([(e["path"], int(e["code"])) for e in errors])
slow = sorted((int(r["ms"]), r["path"]) for r in records if "ms" in r)
print(slow, sum(ms for ms, _ in slow) / len(slow))
print([r["time"] for r in islice(records, 0, None, 3)])
paths = {}
for r in records:
    if "path" in r:
        paths.setdefault(r["path"], []).append(r["level"])
for p in sorted(paths):
    print(f"{p:<8} {'/'.join(paths[p])}")
