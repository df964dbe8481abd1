# slice.indices, negative steps, slicing lists/strings/tuples with odd bounds.
s = list(range(10))
for sl in [slice(None), slice(None, None, -1), slice(-3, None), slice(100, -100, -1), slice(-100, 100, 3), slice(5, 2),
           slice(5, 2, -1), slice(None, None, -3), slice(-1, -11, -1), slice(2, -2, 2), slice(8, None, -4), slice(10 ** 20, None, -1),
           slice(None, -10 ** 20), slice(-10 ** 20, 10 ** 20, 10 ** 20)]:
    print(sl, sl.indices(10), sl.indices(0), s[sl], "abcdefghij"[sl], tuple(s)[sl])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None), slice(3), slice("a", [1]).start)
for bad in [slice(None, None, 0), slice("a", 2), slice(1, 2.0)]:
    try:
        print(bad.indices(5))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    slice(1).indices(-1)
except ValueError as e:
    print("ValueError:", e)
t = list(range(10))
t[::2] = "abcde"
print(t)
t[1:3] = []
print(t)
t[::-3] = [0, 0, 0]
print(t)
try:
    t[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
del t[::-2]
print(t)
u = list(range(6))
u[10:] = [9]
u[-100:1] = ["x", "y"]
print(u, u[-1:-7:-2], u[::-10 ** 20], u[10 ** 20:], u[:-10 ** 20])
print(range(10)[::-3], range(10)[-100:100:-7], range(-5, 5)[3:-3], range(0, 10, 3)[::-1][::-1], list(range(10, 0, -3)[1::2]))
print("hello"[::-1], "hello"[-2::-2], b"bytes"[::-2], bytearray(b"abc")[::-1], "x"[5:], "abc"[-5:-1])
for f in [lambda: slice.indices(3, 4), lambda: slice(1).indices(), lambda: slice(1).indices(1, 2), lambda: slice(1).indices("a"), lambda: slice(-1, None, -1).indices(10 ** 20)]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
