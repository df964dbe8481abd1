# Set operators on ints (iteration order of small ints is deterministic).
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [8, 9]), a.intersection(b, {5}), a.difference(b, {1}), a.symmetric_difference([1, 10]))
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} < {1, 2}, {1, 2, 3} > {3}, {1} == {1}, {1} != {1.0})
print({3, 1, 2}, set([5, 5, 1, 1]), set(range(10)), set("x"), set())
print({10, 20, 30} | {5}, {100, 1, 50, 2}, {-1, -2, 3})
c = {1, 2, 3}
c |= {4}
c &= {2, 3, 4, 5}
c -= {3}
c ^= {9, 2}
print(c)
print(len(a), 3 in a, 9 not in a, sorted(a ^ b, reverse=True), sum(a), min(b), max(b))
s = set()
for i in [8, 3, 8, 1, 3]:
    s.add(i)
print(s, len(s))
print({i * 7 % 12 for i in range(12)})
print({0, 32, 1, 33}, {64, 0, 1}, list({7, 15, 23}))
try:
    a + b
except TypeError as e:
    print("TypeError:", e)
