# int() of floats truncates toward zero; other conversions.
for f in [3.9, -3.9, 0.5, -0.5, 1e20, -1e20, 2.0 ** 70, 123.0, -0.0, 1e-300]:
    print(f, int(f))
print(int(True), int(False), int("  -12 "))
print(int(1.9999999999999999), int(9007199254740993.0))
for bad in [float("inf"), float("-inf"), float("nan")]:
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    int("3.5")
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
print(float(10 ** 20), float(2 ** 53 + 1), float(-7))
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
print(7 / 2, 7.0 // 2, int(7 / 2), round(7 / 2))
