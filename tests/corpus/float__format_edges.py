# Float repr/str/format, round() ties, float(str), edge values.
vals = [0.1, 1 / 3, 1e16, 1e-5, 1.5e-7, 123456789012345678.0, 2.5, -0.0, 1e22, 1e-320, 5e-324, 1.7976931348623157e308]
for v in vals:
    print(repr(v), str(v), f"{v:g}", f"{v:.3e}", f"{v:.2f}", f"{v:10.4}", f"{v:+.1%}" if abs(v) < 1e20 else "", format(v, ""))
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1.005, 2))
print(round(5.5), round(6.5), round(-2.5), round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2), round(1e300, 2), round(7.0, -1))
print(float("inf"), float("-inf"), float("nan"), float(" 1_000.5 "), float("1e500"), float("-0"), float(".5"), float("5."), float("InFiNiTy"))
print(format(1234567.891, ","), format(1234567.891, "_.2f"), format(0.000012345, ".3g"), format(1e100, ".3g"), format(12.0, "#g"), format(-1.0, " .0f"))
print(f"{3.14159:08.3f}|{-3.14159:<10.2f}|{2.5:^9}|{1e6:e}|{1e6:G}|{float('nan'):f}|{float('-inf'):F}|{0.5:.0f}|{1.5:.0f}|{2.5:.0f}")
print(1e16 + 1, 0.1 + 0.2, 1.1 * 3, 1e308 * 10, -1e308 * 10, 2.0 ** 0.5, 10.0 ** -3)
print((0.1).as_integer_ratio(), (2.5).is_integer(), float.fromhex("0x1.8p1"), (3.75).hex(), (-0.0).hex(), (1e-320).hex())
print(int(2.5), int(-2.5), 7.0 // 2, -7.0 // 2, 7.5 % 2, -7.5 % 2, 1e300 % 7, divmod(-1e-300, 1.0))
print(float(10 ** 308), 10 ** 308 / 10 ** 300, 2 ** 1023 * 1.5 if False else None, 1.0 == 1, 0.1 * 3 == 0.3, 1e-7, 1e-4, 0.0001, 1e15, 1e16)
for s in ["1e", "0x10", "1.2.3", "", "nan(1)", "1_", "_1"]:
    try:
        print(float(s))
    except ValueError as e:
        print("ValueError:", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
