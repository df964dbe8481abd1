# iter() and next(), including the sentinel form.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration")
s = iter("ab")
print(type(s).__name__, list(s), list(s))
d = iter({"x": 1, "y": 2})
print(next(d), list(d))
calls = [0]
def counter():
    calls[0] += 1
    return calls[0]
print(list(iter(counter, 4)))
data = iter([5, 6, 7, 0, 8])
print(list(iter(lambda: next(data), 0)), list(data))
it = iter(range(3))
print(iter(it) is it, list(it))
try:
    next(5)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5, 1)
except TypeError as e:
    print("TypeError:", e)
pairs = iter([("a", 1), ("b", 2)])
print(dict(pairs), list(pairs))
nested = iter([iter([1, 2]), iter([3])])
print([list(x) for x in nested])
