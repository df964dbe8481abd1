s = {3, 1, 2}
s.add(4); s.discard(10); s.remove(1)
print(s, len(s), 2 in s)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= b, {3} < a)
print(set(range(10)), sorted({5, 3, 9}), frozenset([1, 2]), set())
print(a.union(b), a.intersection(b), a.difference(b), a.issuperset({1}), a.isdisjoint({9}))
print({x * x for x in range(6)}, set("hello") == set("olleh"))
print({100, 5, 37, 1, 64, 2 ** 40, -1})
