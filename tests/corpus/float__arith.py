# Float arithmetic: floor division, modulo, power, mixing with ints.
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1.0, 0.1), (0.0, 3.0)]:
    print(a, b, a + b, a - b, a * b, a / b, a // b, a % b)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(1.0, 0.1))
print(2.0 ** 10, 2 ** 0.5, 10 ** -2, 0.5 ** 2, (-8.0) ** 3, 4.0 ** -0.5)
print(1 + 2.0, 3 * 1.5, 7 / 2.0, 8 // 2.5, 8 % 2.5, -8 % 2.5)
print(0.1 + 0.7, 0.1 * 0.1, 1.1 * 1.1, 100 * 1.1, 3 * 0.1)
print(1e16 + 1, 1e16 + 2, 2 ** 53 + 1.0, (2 ** 53 + 1) * 1.0)
print(sum([0.1] * 10), 0.1 * 10, sum([0.1] * 10) == 1.0)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    1.0 % 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    10.0 ** 400
except OverflowError as e:
    print("OverflowError", e)
print(-5.0 % 3, 5.0 % -3, -0.0 % 5, 5 % -0.5)
print(abs(-2.5), -(-2.5), +2.5, round(-2.5), round(-3.5))
x = 1.5
x += 1
x *= 2
x /= 4
x -= 0.25
x **= 2
print(x)
