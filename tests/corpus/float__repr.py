for x in [0.1 + 0.2, 1e16, 1e15, 1e-5, 1e-4, 1/3, 2/3, 100.0, -0.0, 1.5e300, 123456789.123, 5e-324, 0.5]:
    print(x, repr(x), str(x))
print(float("inf"), float("-inf"), float("nan"), float(" 3.5 "), float("1e3"))
print(3.0 * 2, 7.0 // 2, 7.5 % 2, -7.5 % 2, 2 ** 0.5, 10 / 3)
print(1.0 == 1, 0.1 + 0.2 == 0.3, round(0.125, 2), round(2.675, 2))
import math
print(math.sqrt(2), math.floor(-2.5), math.ceil(2.1), math.pi, math.e)
print(math.isclose(0.1 + 0.2, 0.3), math.gcd(12, 18), math.factorial(20), math.log(100, 10), math.log2(8))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.hypot(3, 4), math.inf > 1e308)
