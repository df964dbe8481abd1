# enumerate and zip.
names = ["ann", "bob", "cy"]
print(list(enumerate(names)), list(enumerate(names, 1)), list(enumerate(names, start=-2)))
for i, n in enumerate(names, start=10):
    print(i, n)
e = enumerate("ab")
print(next(e), next(e), next(e, "end"), type(e).__name__)
ages = [30, 25]
print(list(zip(names, ages)), list(zip(names)), list(zip()), list(zip("abc", range(10), [True] * 5)))
print(dict(zip(names, ages)), list(zip(*[(1, "a"), (2, "b"), (3, "c")])))
try:
    list(zip(names, ages, strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip(names, ages[:3] + [99], strict=True)))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
z = zip([1, 2], [3, 4])
print(next(z), list(z), list(z))
print(list(enumerate(zip("xy", "pq"))))
for idx, (a, b) in enumerate(zip("ab", "cd")):
    print(idx, a, b)
