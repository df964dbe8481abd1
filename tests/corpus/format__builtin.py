# The format() builtin and str/int/float __format__.
print(format(3.14159, ".2f"), format(255, "x"), format("s", "^7") + "|", format(42))
print(format(1e6, ","), format(1e6, ".0f"), format(-42, "+"), format(42, " "))
print(format(0.000123, ".2e"), format(123.0, "g"), format(123, ".1e"), format(5, "03"))
print(format([1, 2]), format(None), format(True), format(True, ">5"), format(2 ** 100, ","))
print(repr(format("", "")), repr(format("abc", "")), format(12.0, ""), format(1e16, ""))
print(format(1.5, "%"), format(0.001, ".1%"), format(-1.0, "e"), format(10, "n"))
for spec in ["d", "5d", "<5d", "^5d", "05d", "x", "o", "b", ",", "_", "e", "f", "g", "%"]:
    print(repr(spec), repr(format(1234, spec)))
for spec in ["f", ".1f", "10.2f", "<10.2e", "+g", ".0%", ",.2f", "015.3f"]:
    print(repr(spec), repr(format(-98765.4321, spec)))
try:
    format(1, "z")
except ValueError as e:
    print("ValueError:", e)
try:
    format("abc", "d")
except ValueError as e:
    print("ValueError:", e)
