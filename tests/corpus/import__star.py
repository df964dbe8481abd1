# from module import * binds the public names (output does not depend on their order).
from math import *
print(sqrt(16), floor(2.7), ceil(2.1), pi, e)
print(gcd(12, 8), factorial(5), isclose(0.1 + 0.2, 0.3))
from heapq import *
h = []
for v in [5, 1, 4]:
    heappush(h, v)
print(heappop(h), nsmallest(2, [9, 3, 7]))
from bisect import *
print(bisect_left([1, 2, 3], 2), bisect_right([1, 2, 3], 2))
from itertools import *
print(list(islice(count(5), 3)), list(chain("ab", "c")), list(accumulate([1, 2, 3])))
try:
    _private_helper
except NameError as e:
    print("NameError:", e)
sqrt = "rebound"
print(sqrt, floor(-0.5))
