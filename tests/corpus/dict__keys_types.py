# Key equivalence: 1 == 1.0 == True; hashable keys of several types.
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d2 = {True: "t"}
d2[1] = "one"
print(d2)
keys = {0: "zero", (1, 2): "tuple", "s": "str", None: "none", 2.5: "float", frozenset({1}): "fs", b"b": "bytes"}
print(keys)
print(keys[0.0], keys[False], keys[(1, 2)], keys[None], keys[frozenset([1])], keys[b"b"])
print(-0.0 in keys, 0 in keys, (1, 2.0) in keys, 2.5 in keys)
try:
    keys[[1, 2]] = "list"
except TypeError as e:
    print("TypeError:", e)
try:
    keys[{1: 2}] = "dict"
except TypeError as e:
    print("TypeError:", e)
try:
    keys[{1}] = "set"
except TypeError as e:
    print("TypeError:", e)
try:
    keys[(1, [2])] = "tuple with list"
except TypeError as e:
    print("TypeError:", e)
nan = float("nan")
n = {nan: 1}
print(n[nan], nan in n, float("nan") in n)
