# Comparisons between ints, floats and bools.
print(1 == 1.0, 1 == True, 0 == False, 2 == 2.0000000001, 2 ** 53 == 2.0 ** 53)
print(2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53, 10 ** 400 > 1e308)
print(10 ** 400 < float("inf"), -10 ** 400 > float("-inf"), 1 < float("nan"), 1 > float("nan"))
print(3 < 4 < 5, 3 < 4 > 5, 1 < 2 == 2, 5 > 3 >= 3 > 2)
print(max(1, 2.0, True), min(1, 1.0), min(1.0, 1), max(0, False))
print(sorted([3, 1.5, True, 2, 0.0, -1]))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(-0.0))
print(hash(2 ** 70) == hash(float(2 ** 70)), hash(1.5) == hash(1.5))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
print({0, 0.0, False}, len({1, 1.0, True, 2}))
y = None
print(1 != 1.0, y is not None, (1, 2) == (1.0, 2.0), [1] == [True])
try:
    print(1 < "2")
except TypeError as e:
    print(e)
try:
    print(None > 0)
except TypeError as e:
    print(e)
