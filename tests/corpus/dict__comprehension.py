# Dict comprehensions.
sq = {x: x * x for x in range(6)}
print(sq)
print({k: v for k, v in sq.items() if v % 2 == 0})
print({v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()})
words = ["apple", "bob", "cat", "apple", "dog", "cat"]
print({w: words.count(w) for w in words})
print({w: len(w) for w in sorted(set(words))})
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
print({c: ord(c) for c in "hello"})
print({i % 3: i for i in range(10)})
names = ["x", "y", "z"]
print({n: [i for i in range(k)] for k, n in enumerate(names)})
inv = {str(k): k for k in range(3)}
print(inv, {**inv, "extra": None})
