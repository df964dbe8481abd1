# sorted() always returns a list; reversed() needs a sequence or __reversed__.
print(sorted([3, 1, 2]), sorted((3, 1, 2)), sorted("cab"), sorted({3: 0, 1: 0}), sorted({5, 2, 8}))
print(sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len, reverse=True))
data = [("x", 2), ("y", 1), ("z", 2), ("w", 1)]
print(sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1, "b": 2}.items())))
class Rev:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(Rev())))
class SeqOnly:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 100
print(list(reversed(SeqOnly())))
r = reversed([1, 2])
print(type(r).__name__, next(r), list(r))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(x for x in [1])
except TypeError as e:
    print("TypeError:", e)
lst = [3, 1, 2]
s = sorted(lst)
print(lst, s, s is lst, lst.sort(), lst)
