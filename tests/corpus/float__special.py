# inf, nan and negative zero.
import math
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, -nan, repr(inf), str(nan))
print(inf + 1, inf - inf, inf * 0, inf * -1, 1 / inf, -1 / inf)
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan)
print(nan < 1, nan > 1, nan <= nan, nan is nan, [nan] == [nan])
print(math.isinf(inf), math.isnan(nan), math.isfinite(1.0), math.isfinite(inf))
z = -0.0
print(z, 0.0 == -0.0, str(z), repr(-0.0 * 1), 0.0 * -1, -0.0 + 0.0)
print(math.copysign(1.0, z), math.copysign(1.0, 0.0), abs(z))
print(float("Infinity"), float("-INF"), float("NaN"), float("-inf") < 0)
print(max(1.0, inf), min(-inf, 0), sum([inf, 1.0]), sorted([3.0, -inf, inf, 0.0]))
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 2.0 ** 1023)
print(int(1e308) > 0, math.inf == inf, math.nan != math.nan)
print(inf // 1, inf % 5, 5 % inf, -5 % inf, 5.0 // inf)
try:
    round(inf)
except OverflowError as e:
    print("OverflowError", e)
try:
    round(nan)
except ValueError as e:
    print("ValueError", e)
print(hash(inf), hash(-inf), hash(0.0), hash(-0.0))
