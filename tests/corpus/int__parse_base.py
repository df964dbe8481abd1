# int() from strings with bases.
cases = [("42", 10), ("-42", 10), ("  17  ", 10), ("ff", 16), ("FF", 16), ("0xff", 16),
         ("777", 8), ("0o777", 8), ("1010", 2), ("0b1010", 2), ("z", 36), ("Zz", 36),
         ("0x1F", 0), ("0o17", 0), ("0b11", 0), ("123", 0), ("1_000_000", 10), ("+5", 10),
         ("10", 3), ("-0b101", 0)]
for s, base in cases:
    print(repr(s), base, int(s, base))
print(int("12345678901234567890123456789"), int("-0"), int("000123"))
for s, base in [("12a", 10), ("", 10), ("0x", 16), ("2", 2), ("010", 0), ("1__0", 10), ("9", 8), ("1.5", 10)]:
    try:
        int(s, base)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("10", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int("10", 37)
except ValueError as e:
    print("ValueError:", e)
try:
    int(10, 2)
except TypeError as e:
    print("TypeError:", e)
print(int(), int("7"), int("  0x10 ".strip(), 16))
