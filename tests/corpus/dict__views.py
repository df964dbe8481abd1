# Dict views are live and support set operations.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(len(k), "a" in k, 2 in v, ("b", 2) in it, ("b", 3) in it)
d["d"] = 4
del d["a"]
print(k, v, it)
print(k & {"b", "z"}, sorted(k | {"x"}), sorted(k - {"b"}), sorted(k ^ {"c", "q"}))
print(k == {"b", "c", "d"}, k <= {"b", "c", "d", "e"}, k.isdisjoint({"z"}))
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(sorted(it), min(k), max(v), sum(v), list(zip(k, v)))
print(type(k).__name__, type(v).__name__, type(it).__name__)
e = {}
print(e.keys(), e.values(), e.items(), list(e))
try:
    for key in d:
        d[key + "!"] = 0
except RuntimeError as err:
    print("RuntimeError:", err)
try:
    d.keys()[0]
except TypeError as err:
    print("TypeError:", err)
