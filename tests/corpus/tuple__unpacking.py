# Tuple packing/unpacking including star targets and nesting.
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
head, *mid, tail = "abcdef"
print(head, mid, tail)
p, *q, r = 1, 2
print(p, q, r)
(m, n), o = (1, 2), 3
print(m, n, o)
[s, (t, *u)] = [0, [1, 2, 3]]
print(s, t, u)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
for *front, back in [(1, 2, 3), (4, 5)]:
    print(front, back)
def pair():
    return "L", "R"
left, right = pair()
print(left, right, pair())
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
