# Tuples: construction, repr, indexing, methods, comparison.
t = (1, "two", 3.0, None)
print(t, len(t), t[1], t[-1], t[1:3], t[::-1], type(t))
print((), (1,), (1, 2), tuple(), tuple("ab"), tuple([1, 2]), tuple(range(3)))
single = 5,
print(single, type(single), (5), type((5)))
print((1, 2) + (3,), (0,) * 3, (1, 2) * 0, 2 in (1, 2), (1, 2).count(2), (1, 2, 1).index(1, 1))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), (1, "a") == (1, "a"), () < (0,))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), {(1, 2): "pair"}[(1, 2)])
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), nested)
mutable_inside = ([1], [2])
mutable_inside[0].append(9)
print(mutable_inside)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    hash(([1], 2))
except TypeError as e:
    print("TypeError:", e)
try:
    t[10]
except IndexError as e:
    print("IndexError:", e)
try:
    (1, 2).index(5)
except ValueError as e:
    print("ValueError:", e)
print(max((3, 1), (2, 9)), sorted([(2, "b"), (1, "z"), (2, "a")]), min(((1,), ())))
a = (1, 2)
b = a
a += (3,)
print(a, b, a is b)
