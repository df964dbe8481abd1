# Logarithms and exponentials.
import math
print(math.log(1), math.log(math.e), math.log(100, 10), math.log(8, 2), math.log(2 ** 1000))
print(math.log2(8), math.log2(1024), math.log2(10), math.log10(1000), math.log10(2), math.log10(10 ** 50))
print(math.exp(0), math.exp(1), math.exp(-1), math.exp(10), math.expm1(1e-10), math.log1p(1e-10))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(9, 0.5), math.pow(0, 0))
print(math.log(10 ** 400), math.log10(10 ** 400), math.log2(2 ** 2000))
print(round(math.log(1234.5678), 12), math.exp(math.log(5)))
for bad in [lambda: math.log(0), lambda: math.log(-1), lambda: math.log10(0), lambda: math.exp(1000),
            lambda: math.log(10, 1), lambda: math.pow(-8, 1 / 3)]:
    try:
        print(bad())
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
