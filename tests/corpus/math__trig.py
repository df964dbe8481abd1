# Trigonometry and hypot.
import math
for deg in [0, 30, 45, 60, 90, 180, 270]:
    r = math.radians(deg)
    print(deg, round(math.sin(r), 12), round(math.cos(r), 12), round(math.tan(r), 6) if deg not in (90, 270) else "inf")
print(math.sin(1), math.cos(1), math.tan(1), math.asin(1), math.acos(0), math.atan(1))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1), math.atan2(-0.0, -1), math.atan2(1, 0))
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(1, 1, 1), math.hypot(), math.hypot(-3))
print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.sin(math.pi), math.cos(math.pi / 2), math.degrees(math.atan2(1, 1)))
try:
    math.asin(2)
except ValueError as e:
    print("ValueError:", e)
