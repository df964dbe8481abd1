# math functions at their edges: infinities, NaNs, huge ints, signed zeros,
# and the errors CPython raises (ValueError vs OverflowError).
import math

def show(f, *args):
    try:
        r = f(*args)
    except (ValueError, OverflowError, ZeroDivisionError, TypeError) as e:
        r = type(e).__name__ + ": " + str(e)
    print(f.__name__, args, repr(r))

inf, nan = float("inf"), float("nan")
for x in [0, -1, 0.5, 1e308, -1e308, inf, -inf, nan, 10 ** 400, True, 5e-324]:
    for f in [math.sqrt, math.exp, math.log, math.log2, math.log10, math.log1p,
              math.expm1, math.sin, math.atan, math.cosh, math.asinh, math.acosh,
              math.atanh, math.frexp, math.modf, math.degrees, math.ulp, math.exp2]:
        show(f, x)
for x, y in [(2, 1024), (0, -1), (-8, 1 / 3), (inf, 0), (-inf, 3), (-inf, -3),
             (nan, 0), (1, nan), (0.5, -inf), (-2, 0.5), (10 ** 400, 2)]:
    show(math.pow, x, y)
for x, y in [(-8, 1 / 3), (-2, 0.5), (-0.0, -1), (nan, 0), (5, 0), (inf, 1), (7, inf), (3, 2), (5, 2)]:
    show(math.remainder, x, y)
for x, e in [(1.0, -1074), (1.0, -1075), (1.5, -1074), (3.0, -1076), (0.5, 1024), (1.0, 1024), (1.0, 10 ** 30), (1.0, -10 ** 30), (1.0, 2.0)]:
    show(math.ldexp, x, e)
for xs in [[1e308, 1e308], [inf, -inf], [inf, 1.0], [nan, 1.0], [1, 2, 3], [0.1] * 10, [1e16, 1.0, 1e-16]]:
    show(math.fsum, xs)
show(math.hypot, 1e308, 1e308)
show(math.hypot, 3e-310, 4e-310)
show(math.hypot, inf, nan)
show(math.hypot, nan, 1)
show(math.dist, (1e308, 0), (-1e308, 0))
show(math.nextafter, 0.0, -1)
show(math.nextafter, -1.0, 0)
show(math.factorial, 10 ** 30)
show(math.log, 10 ** 400, 10)
show(math.log2, 2 ** 5000 + 1)
show(math.log10, 10 ** 1000)
