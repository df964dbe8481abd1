# Chained comparisons, identity and membership.
def v(label, x):
    print("eval", label)
    return x
print(1 < 2 < 3, 3 > 2 > 1, 1 < 3 < 2, 1 == 1 == 1, 1 == 1 != 2, 1 < 2 > 0)
print(v("a", 1) < v("b", 0) < v("c", 5))
print(v("a", 1) < v("b", 2) < v("c", 3))
print(v("a", 5) == v("b", 5) is not None)
x = 5
print(0 <= x < 10, 0 <= x < 5, x in range(10) == True, (x in range(10)) == True)
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None, type(a) is list)
print(1 in [1, 2], "a" in "abc", "a" in ["abc"], (1, 2) in [(1, 2)], 3 not in {1: 2}, 1 in {1: 2})
print([] == [], () == (), "" == "")
print(1 < 2 == True, (1 < 2) == True, not 1 == 2, not (1 == 2))
y = 0
print(y == 0 or v("never", True), y != 0 and v("never", True))
print(sorted([3, 1, 2]) == [1, 2, 3] == list(range(1, 4)))
print(float("nan") in [float("nan")], (n := float("nan")) in [n])
