# Conversions between float and int; methods of float.
import math
for x in [3.7, -3.7, 2.5, -2.5, 0.0, 1e10 + 0.5]:
    print(x, int(x), math.floor(x), math.ceil(x), round(x), math.trunc(x))
print(7 // 2.0, type(7 // 2.0), 7 % 2.0, type(divmod(7, 2.0)[0]))
print(float(2 ** 63), int(float(2 ** 63)), 2 ** 63 == float(2 ** 63))
print((7.0).is_integer(), (7.1).is_integer(), (1e16).is_integer())
print((1.5).as_integer_ratio(), (0.1).as_integer_ratio()[1] == 2 ** 55)
print(math.fmod(7, -3), 7 % -3, math.fmod(-7, 3), -7 % 3)
print(math.modf(3.25), math.modf(-3.25), math.frexp(8.0), math.ldexp(0.5, 4))
print(sum([1, 2.5, 3]), sum([1, 2, 3], 0.0), max([1, 2.0]), min(3, 2.9))
print(1 / 2 + 1 // 2, 3 / 3, 6 / 4, 2 ** -1 == 0.5)
print(float("1e400"), float("-1e400"), float("1e-400"))
