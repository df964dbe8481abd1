# slice objects and their use with sequences.
s = slice(1, 8, 2)
print(s, repr(slice(3)), slice(None, None, -1), s.start, s.stop, s.step)
data = list(range(10))
text = "abcdefghij"
print(data[s], text[s], tuple(data)[s], data[slice(3)], text[slice(None, None, -1)])
print(s.indices(5), slice(None).indices(10), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[1], r[1:2], r[::3], r[1:2, 3], r[...], r[:, 1])
print(range(100)[slice(10, 50, 7)], data[slice(-2, None)], data[slice(5, 1, -1)])
data[slice(0, 3)] = ["a"]
print(data)
del data[slice(None, None, 2)]
print(data)
try:
    text[slice(0, 5, 0)]
except ValueError as e:
    print("ValueError:", e)
