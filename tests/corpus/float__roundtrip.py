# float(repr(x)) == x and parsing of float strings.
import math
xs = [0.1, 1 / 3, 2 ** 0.5, math.pi, math.e, 1e-310, 1.7976931348623157e308, 123.456, -9.87e-12]
for x in xs:
    r = repr(x)
    print(r, float(r) == x, float(str(x)) == x)
for s in ["1.5", " -2.5e3 ", "1e-3", "+.5", "5.", "1_0.5", "inf", "-Infinity", "nan", "1E5", "10"]:
    print(repr(s), float(s))
for bad in ["abc", "", "1.2.3", "1e", "--1", "0x10", "1_"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float(None)
except TypeError as e:
    print("TypeError:", e)
print(float(True), float(False), float(7), float(-(10 ** 20)))
print((0.1).as_integer_ratio(), (2.5).as_integer_ratio(), (-0.75).as_integer_ratio())
print((3.0).is_integer(), (3.5).is_integer(), (1e300).is_integer())
print((0.5).hex(), float.fromhex("0x1.8p1"), (255.0).hex())
