# Big-int arithmetic, divmod/pow with negatives and moduli, int(str, base).
a = 3 ** 100
b = -(7 ** 45)
print(a + b, a - b, a * b, a // b, a % b, -a // 7, -a % 7)
print(divmod(a, b), divmod(b, a), divmod(-a, -b), divmod(7, -2), divmod(-7, 2), divmod(-7, -2))
print(divmod(7.5, -2), divmod(-7.5, 2), divmod(a, 2.5), 7 % -3, -7 % 3, 7.0 % -3, -0.0 % 5)
print(pow(3, 200, 10 ** 9 + 7), pow(-3, 5, 7), pow(3, -1, 7), pow(b, 3, a), pow(2, 10, -7))
print(pow(-2, 3), pow(2, -2), pow(-8, 1 / 3) if False else None)
print(2 ** 64, -(2 ** 63), (2 ** 63) - 1, 2 ** 64 // 3, -(2 ** 64) // 3, (2 ** 64) >> 3, -(2 ** 64) >> 70, 1 << 100)
print(a & b, a | b, a ^ b, ~a, -a & 0xFFFF, b >> 10, abs(b), (-a).bit_length(), a.bit_count())
print(int("ff", 16), int("-0x1F", 16), int("0o17", 0), int("0b101", 0), int("z", 36), int(" 12_345 "), int("1" * 30, 2))
print(int("-" + "9" * 25), int(3.99), int(-3.99), int(1e20), int("0", 0), int("+7"), int("٣"), int("\u0661\u0662"), int("\U0001D7D7"), float("\u0663.5"))
for s, base in [("12", 1), ("0x", 16), ("1_", 10), ("08", 0), ("", 10), ("9", 8), ("1__2", 10), ("abc", 37)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print("ValueError:", e)
for x, y in [(1, 0), (a, 0), (1.0, 0), (0, -1)]:
    for op in [lambda: x // y, lambda: x % y, lambda: divmod(x, y), lambda: x / y]:
        try:
            print(op())
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
print(a.to_bytes(20, "big").hex(), int.from_bytes(b"\xff\x01", "little", signed=True), (-1).to_bytes(2, "big", signed=True))
print(a == float(a), float(a), float(2 ** 53 + 1), 2 ** 53 + 1 == float(2 ** 53 + 1), hash(2 ** 61 - 1), hash(-(2 ** 61)), hash(2 ** 100))
print(round(a, -40), round(-25, -1), round(35, -1), round(a), (10 ** 30) / 7, 10 ** 30 / 10 ** 29, -(10 ** 400) // 10 ** 399)
print(max(a, b), min(-a, b), sorted([a, b, 0, -1, 2 ** 70]), a > 1e300 / 1e260, b < -1e38)
print(round(-a, -40), round(10 ** 50 + 5 * 10 ** 9, -10), round(10 ** 50 + 15 * 10 ** 9, -10), round(2 ** 70, -5000), round(-(10 ** 30), 5), round(True, -1), round(True))
print(10 ** 308 / 10 ** 300, 2 ** 1100 / (2 ** 1000 + 1), 1 / 10 ** 400, -(10 ** 320) / 10 ** 20, (2 ** 64 + 1) / 2, (2 ** 54 + 1) / 1, 10 ** 20 / 3, -(3 ** 200) / 7 ** 50)
print(10 ** 300 / 10 ** 600, (2 ** 53 + 1) / 2 ** 1080, 7 ** 400 / 3 ** 700)
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print("OverflowError:", e)
