# Floating-point accuracy helpers.
import math
vals = [0.1] * 10
print(sum(vals), math.fsum(vals), sum(vals) == 1.0, math.fsum(vals) == 1.0)
print(math.fsum([1e100, 1.0, -1e100]), sum([1e100, 1.0, -1e100]), math.fsum([]), math.fsum([0.1, 0.2, 0.3]))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.isclose(1, 1.0000001), math.isclose(1, 1.0000000001))
print(math.isclose(1, 1.1, rel_tol=0.1), math.isclose(1, 1.1, rel_tol=0.05), math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan), math.isclose(-0.0, 0.0))
print(math.ulp(1.0), math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0))
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print("ValueError:", e)
