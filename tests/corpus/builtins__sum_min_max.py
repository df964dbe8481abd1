# sum, min, max with keys and defaults.
print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([0.1] * 3), sum([1, 2], 10), sum([[1], [2]], []))
print(sum((1.5, 2.5)), sum([True, True]), sum(x * x for x in range(4)), sum([10 ** 20, 1]))
print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max("hello"), min("b", "a", "c"))
words = ["kiwi", "fig", "banana", "apple"]
print(min(words, key=len), max(words, key=len), min(words), max(words, key=lambda w: w[-1]))
print(max([1, 3, 3, 2], key=lambda x: x), max([(1, "a"), (1, "b")], key=lambda t: t[0]))
print(min([], default="empty"), max([], default=None), min([5], default=0), max((), key=len, default=-1))
print(max(1, 2.5), min(-1, -1.0), max([1, 2], [1, 3]), min({3: "a", 1: "b"}))
print(max(range(10), key=lambda n: n % 4), min(range(10), key=lambda n: (n % 3, -n)))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min()
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, "a")
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)
