# range objects: repr, len, membership, slicing, reversal.
r = range(0, 20, 3)
print(r, repr(range(5)), range(2, 8), range(10, 0, -2), list(r), len(r))
print(r[0], r[-1], r[2:5], r[::-1], r[::2], list(r[1::2]), r[100:])
print(9 in r, 10 in r, -3 in r, 18 in r, 3.0 in r, "x" in r)
print(r.index(9), r.count(9), r.count(10), r.start, r.stop, r.step)
print(list(reversed(range(5))), list(reversed(range(1, 10, 4))), list(range(5, 0)))
print(range(0) == range(5, 5), range(0, 3) == range(3), range(1, 10, 3) == range(1, 11, 3))
print(range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20), range(10 ** 20)[::10 ** 19])
print(list(range(-5, 5, 3)), list(range(5, -5, -3)), len(range(5, -5, -3)))
print(bool(range(0)), bool(range(1)), sum(range(101)), max(range(7)), min(range(3, 9)))
try:
    range(1, 5, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)
try:
    r.index(4)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
print(type(r).__name__, hash(range(3)) == hash(range(0, 3)))
