# abs, round, divmod, pow.
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(True), abs(-10 ** 30))
print(round(3.14159, 2), round(2.5), round(3.5), round(-0.5), round(1.45, 1), round(1.55, 1), round(7, -1))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-1, 3), divmod(10 ** 20, 3))
print(pow(2, 10), pow(2, 0.5), pow(2, -2), pow(5, 3, 7), pow(-5, 3, 7), pow(3, -1, 10), pow(0, 0))
print(pow(base=2, exp=5), pow(2, 100, 10 ** 9), pow(1.5, 2))
print(int(3.7), float(3), bool(0.0), max(abs(-3), 2))
print(round(0.5 + 1e-9), round(2.675, 2), round(-1.5), round(10.0, -1), type(round(10.0, -1)).__name__)
print(round(123.456, 0), round(123.456, 1), round(123.456, -1), round(123.456, -3))
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
try:
    round("1.5")
except TypeError as e:
    print("TypeError:", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
