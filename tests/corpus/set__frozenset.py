# frozenset: immutable, hashable, interoperates with set.
f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f, type(f).__name__, frozenset(), repr(frozenset([1])))
g = frozenset({2, 3, 4})
print(f | g, f & g, f - g, f ^ g, type(f | g).__name__, type({1} | f).__name__, type(f | {1}).__name__)
print(f.union([9]), f.issubset({1, 2, 3, 4}), f.issuperset({1}), f == {1, 2, 3}, f < g)
d = {f: "first", frozenset(): "empty"}
print(d[frozenset([1, 2, 3])], d[frozenset()])
print(hash(f) == hash(frozenset([1, 2, 3])), hash(frozenset()) == hash(frozenset([])))
nested = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(nested), sorted(sorted(x) for x in nested))
try:
    f.add(5)
except AttributeError as e:
    print("AttributeError:", e)
c = f.copy()
print(c == f, c)
