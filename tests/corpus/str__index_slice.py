# Indexing and slicing strings with every step sign.
s = "abcdefghij"
print(s[0], s[9], s[-1], s[-10], len(s))
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::3], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3])
print(s[-1:-5:-1], s[2:8:-1] == "", s[100:], s[-100:3], s[3:100], s[5:2])
print(repr(s[10:]), repr(s[4:4]), s[::-100], s[::100])
print(s[1:-1][1:-1][1:-1], s[len(s) // 2:])
for start in [None, 0, 3, -3]:
    for stop in [None, 5, -1]:
        for step in [None, 2, -2]:
            print(start, stop, step, repr(s[start:stop:step]))
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s["a"]
except TypeError as e:
    print("TypeError:", e)
