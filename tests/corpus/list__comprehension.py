# List comprehensions.
print([x * x for x in range(8)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2])
print([c.upper() for c in "hello" if c != "l"])
print(["even" if n % 2 == 0 else "odd" for n in range(5)])
print([len(w) for w in "the quick brown fox".split()])
print([(i, c) for i, c in enumerate("abc")], [a + b for a, b in zip([1, 2], [10, 20])])
flat = [x for sub in [[1], [2, 3], [], [4, 5, 6]] for x in sub]
print(flat, sum(flat))
print([y for x in range(5) if (y := x * 10) > 15])
print([f(3) for f in [lambda v: v + 1, lambda v: v * 2, abs]])
print([[] for _ in range(2)], [i for i in []], [0 for _ in "ab"])
