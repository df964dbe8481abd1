# An uncaught exception raised inside a generator while a for-loop consumes it.
def parse_all(items):
    for it in items:
        print("parsing", it)
        yield int(it)
total = 0
for v in parse_all(["1", "2", "three", "4"]):
    total += v
    print("total", total)
print("unreachable, total was", total)
raise SystemExit(9)
