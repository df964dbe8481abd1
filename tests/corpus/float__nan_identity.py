# Each NaN CPython computes is a new object: identity tests (`is`, and the
# identity shortcut of `in`, list == and dict lookups) tell them apart.
import math
nan = float("nan")
x = float("inf") - float("inf")
y = x
print(x is y, x in [x], x in [float("inf") - float("inf")], [x] == [x], [x] == [x * 1])
print(nan is nan, nan in [nan], nan in [float("nan")], [nan] == [float("nan")])
print(math.nan is math.nan, math.nan in [math.nan], -x is -x, -x in [-x])
d = {nan: "a", x: "b"}
print(len(d), d[nan], d[x], float("nan") in d, d.get(float("nan"), "missing"))
s = {nan, nan, x, y, float("nan")}
print(len(s), nan in s, math.nan in s)
print([nan, x].count(nan), [nan, x].index(x), (nan, 1) == (nan, 1), (nan,) == (float("nan"),))
print(sorted([3.0, nan, 1.0]), max(nan, 1.0), min([2.0, nan]), nan != nan)
