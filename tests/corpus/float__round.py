# round(): banker's rounding and ndigits.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4999999999999999, 2.675, 1.005]:
    print(v, round(v), type(round(v)).__name__, round(v, 2), round(v, 0))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(1234.5678, 1), round(1234.5678, -1), round(1234.5678, -2), round(1250.0, -2))
print(round(15, -1), round(25, -1), round(-25, -1), round(123456, -3), round(5, 2))
print(round(1e300, 2), round(-0.0), round(0.1 + 0.2, 10), round(1 / 3, 5))
print(round(7), round(7, None), round(2.5, None), round(True))
print(round(12345678901234567.0, -5), round(0.5e-10, 10))
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), int(-2.5))
print(math.floor(2.5), math.ceil(2.5), math.trunc(2.5), round(2.5))
