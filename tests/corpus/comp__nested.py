# Nested comprehensions of every kind.
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid)
print([[grid[r][c] for r in range(3)] for c in range(3)])
print([x for row in grid for x in row if x % 2 == 0])
print({r: [c for c in row if c > r] for r, row in enumerate(grid)})
print([[y for y in range(x)] for x in range(4)])
print([(a, b, c) for a in range(1, 15) for b in range(a, 15) for c in range(b, 15) if a * a + b * b == c * c])
print({s for word in ["ab", "bc"] for s in word} == {"a", "b", "c"})
words = ["apple", "banana", "cherry"]
print({w: {c: w.count(c) for c in sorted(set(w))} for w in words})
print([[c.upper() if i % 2 else c for i, c in enumerate(w)] for w in words[:2]])
print(sum(sum(row) for row in grid), [sum(col) for col in zip(*grid)])
print([list(range(n)) for n in range(3) if n], [[] for _ in range(0)])
