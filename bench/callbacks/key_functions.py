# sorted/max with Python key functions over 20,000 ints.
import time
xs = list(range(20000))
t = time.perf_counter()
a = sorted(xs, key=lambda x: -x)
b = sorted(xs, key=abs)
c = list(map(lambda x: x + 1, xs))
d = max(xs, key=lambda x: x % 1000)
print(a[0], b[0], c[-1], d)
