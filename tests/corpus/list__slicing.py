# List slicing, slice assignment and deletion.
a = list(range(10))
print(a[2:5], a[:3], a[-3:], a[::2], a[::-1], a[7:2:-2], a[100:], a[-100:2])
b = a[:]
b[2:5] = ["x"]
print(b)
b[1:1] = [100, 200]
print(b)
b[:] = [1, 2, 3]
print(b)
b[len(b):] = [4, 5]
print(b)
c = list(range(10))
c[::2] = ["e"] * 5
print(c)
c[1::3] = "XYZ"
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
d = list(range(10))
del d[::3]
print(d)
del d[1:3]
print(d)
del d[-1]
print(d)
del d[:]
print(d)
e = [0, 1, 2, 3, 4, 5]
e[1:4] = []
print(e)
e[-1:] = [7, 8, 9]
print(e)
e[::-1] = [1, 2, 3, 4, 5]
print(e)
m = [[1, 2], [3, 4]]
n = m[:]
n[0].append(99)
n[1] = "replaced"
print(m, n)
