# range objects with bounds and lengths beyond 64 bits: len overflow, indexing,
# slicing, membership, iteration (longrange_iterator), reversal, ==, hash.
B = 10 ** 20
M = 2 ** 63
r = range(B)
print(r, bool(r), r[-1], r[0], r[B - 1], r[-B])
for f in [lambda: len(r), lambda: r.__len__(), lambda: r[B], lambda: r[-B - 1], lambda: range(5)[B], lambda: range(5)[-B],
          lambda: r["a"], lambda: r.index(B), lambda: r.index(-1), lambda: range(5).index(B), lambda: range(5).index("x"),
          lambda: range(1, 2, 0), lambda: range(1, B, 0), lambda: range(1.0, B), lambda: range(B, "x"), lambda: r[::0]]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(B // 2 in r, B in r, -1 in r, 3.5 in range(10), True in r, r.index(True), r.count(7), r.count(B))
print(r.index(12345678901234567890), r.count(12345678901234567890))
print(r.start, r.stop, r.step, type(r.stop).__name__)
print(r[::-1], r[1::2], r[::B], r[-5:], r[B // 2: -B // 4: -3], r[M:M + 10])
print(range(-M, M)[::-1], range(-M, 0)[::-1], len(range(-M + 1, 0)))
print(list(range(M - 3, M + 3)), list(range(-M + 2, -M - 2, -1)))
print(list(reversed(range(-M, -M + 3))), list(reversed(range(M - 2, M + 2, 2))))
print(type(iter(r)).__name__, type(iter(range(5))).__name__, type(reversed(r)).__name__, type(iter(range(-1, M - 1))).__name__)
it = iter(range(B, B + 5))
next(it)
print(it.__length_hint__(), list(it), iter(r).__length_hint__())
print(range(0) == range(B, B), range(B, B + 1) == range(B, B + 1, 7), range(B, 3 * B, B) == range(B, 3 * B - 1, B), range(B) != range(B + 1))
print(hash(range(B)) == hash(range(0, B, 1)), hash(range(B, B + 1)) == hash(range(B, B + 1, 5)), hash(range(0)) == hash(range(B, 0)))
print(hash(range(3)) == hash((3, 0, 1)), hash(range(1, 2)) == hash((1, 1, None)), hash(range(0)) == hash((0, None, None)))
print({range(B): 1}[range(0, B)], sorted({range(0), range(5, 5), range(1)}, key=len))
for x in range(M - 2, M + 2):
    print(x, end=" ")
print()
print(sum(range(B, B + 4)), max(range(-B, -B + 5)), min(range(B, 0, -B // 7)), list(range(B, 0, -B // 3)))
print(list(zip(range(M, M + 3), range(3))), [i * 2 for i in range(-M - 3, -M)])
print(range(B)[B // 3: B // 3 + 4], list(range(B)[B // 3: B // 3 + 4]), range(B)[5:2], list(range(5)[::-1][1:10 ** 30]))
print(range(2, 10 ** 30, 3)[10 ** 25], 10 ** 25 in range(1, 10 ** 30, 3), (10 ** 25 + 1) in range(1, 10 ** 30, 3))
print(range(-M - 1, M + 1).count(-M - 1), range(-M - 1, M + 1).index(M))
print(bool(range(B, 0)), range(B, 0), list(range(B, 0)), len(range(B, 0)))
print(repr(range(-B, B, -7)), range(-B, B, -7)[::-1], range(5)[1:3:B], range(5)[B::-1])
for r in [range(5), range(B), range(-B, B, 3)]:
    s = r
    print(s, s == r, type(s).__name__)
print(list(range(10**20, 10**20+2)).copy())
import copy
print(copy.copy(range(B)), copy.deepcopy(range(B, 1, -1)))
print(reversed(range(3)).__length_hint__(), reversed(range(B)).__length_hint__())
print(range(B).__reduce__(), range(1, 9, 2).__reduce__()[1])
for f in [lambda: list(range(B)), lambda: tuple(range(B)), lambda: sorted(range(B)), lambda: len(range(B))]:
    try:
        print(f())
    except OverflowError as e:
        print("OverflowError:", e)
for r in [range(B), range(5), range(1)]:
    try:
        a, b = r
    except ValueError as e:
        print("ValueError:", e)
a, b = range(B, B + 2)
print(a, b, list(range(B, B + 3)), tuple(range(B, B - 3, -1)))
