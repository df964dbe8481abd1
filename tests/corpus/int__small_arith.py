# Basic integer arithmetic on small values, all sign combinations.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (12, 4), (1, 1)]
for a, b in pairs:
    print(a, b, "+", a + b, "-", a - b, "*", a * b)
    print("  /", a / b, "//", a // b, "%", a % b)
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2)
print(10 - 2 - 3, 100 // 10 // 3, 2 * 3 % 4)
x = 5
x += 3
print(x)
x -= 10
print(x)
x *= -4
print(x)
x //= 3
print(x)
x %= 5
print(x)
x **= 3
print(x)
print(+x, -x, abs(-x), -(-x))
print(type(7 / 7), 7 / 7, type(7 // 7), 7 // 7)
print(0 * -1, -0, 0 == -0)
print(1_000_000 + 1, 0o17, 0x1F, 0b1011, 0O7, 0XaB)
