# map and filter are lazy iterators.
print(list(map(str, [1, 2, 3])), list(map(len, ["a", "bb"])), list(map(pow, [2, 3], [3, 2])))
print(list(map(lambda x, y, z: x + y + z, [1, 2], [10, 20], [100, 200, 300])))
print(list(filter(None, [0, 1, "", "a", [], [0], None, False, True])))
print(list(filter(str.isdigit, "a1b2c3")), list(filter(lambda n: n % 2, range(10))))
def noisy(x):
    print("mapping", x)
    return x * 2
m = map(noisy, [1, 2, 3])
print("map created")
print(next(m))
print(list(m))
print(list(m))
print(type(map(abs, [])).__name__, type(filter(None, [])).__name__)
print(sum(map(int, "12345")), max(map(abs, [-7, 3, 5])), sorted(map(str.lower, "BcA")))
print(list(map(tuple, ["ab", "cd"])), dict(map(lambda kv: (kv[1], kv[0]), {"a": 1}.items())))
print(list(filter(lambda s: s.startswith("a"), ["apple", "banana", "avocado"])))
try:
    map(5, [1])
    list(map(5, [1]))
except TypeError as e:
    print("TypeError:", e)
