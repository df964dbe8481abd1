# Dicts keep insertion order through updates, deletes and reinserts.
d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(d, list(d), list(d.values()))
d["alpha"] = 100
print(d)
del d["zeta"]
d["zeta"] = 0
print(d)
d.pop("mid")
d.update({"new": 1, "alpha": -1})
print(d, list(d.keys()))
n = {i: i * i for i in [5, 3, 9, 1]}
print(n, sorted(n), list(reversed(n)), next(iter(n)))
for k in list(n):
    if k % 3 == 0:
        del n[k]
print(n)
m = dict([("b", 1), ("a", 2)], c=3)
print(m, dict(zip("xyz", range(3))), dict(a=1, b=2))
big = {}
for i in range(100):
    big[i * 7 % 101] = i
for i in range(0, 100, 3):
    del big[i * 7 % 101]
print(list(big)[:10], len(big))
print({"b": 1, "a": 2} == {"a": 2, "b": 1}, list({"b": 1, "a": 2}))
