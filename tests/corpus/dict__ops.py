d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("b"), d, d.setdefault("d", 4), d)
d.update({"e": 5}, f=6); print(d)
print(d.popitem(), d)
c = d.copy(); c["a"] = 100; print(d["a"], c["a"])
print(dict(zip("xyz", range(3))), dict(a=1, b=2), dict([("k", "v")]), dict.fromkeys("ab", 0))
print({k: v * 2 for k, v in d.items()}, {**d, "z": 26})
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e, repr(e))
for k in sorted(d): print(k, d[k])
print(d.keys(), d.values(), d.items())
del d["a"]; print(d)
