# math constants and rounding helpers.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
for x in [2.5, -2.5, 3.0, -0.5, 1e20, 7]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
print(math.sqrt(2), math.sqrt(16), math.sqrt(0.25), math.sqrt(1e100), type(math.sqrt(4)).__name__)
print(math.fabs(-3), math.fabs(2.5), math.copysign(3, -0.0), math.copysign(-2, 1), math.copysign(1, -math.inf))
print(math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(1.0))
print(math.floor(-0.0), math.ceil(-0.9), math.trunc(-0.9), math.floor(10 ** 20 + 0.5))
print(math.fmod(10, 3), math.fmod(-10, 3), math.remainder(10, 3), math.remainder(11, 3))
print(math.degrees(math.pi), math.radians(180), math.dist((0, 0), (3, 4)))
print(math.floor(True), math.ceil(5), math.sqrt(True))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.floor(math.inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.floor("1")
except TypeError as e:
    print("TypeError:", e)
