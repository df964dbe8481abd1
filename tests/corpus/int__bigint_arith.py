# Arbitrary-precision integers.
a = 2 ** 200
b = 3 ** 120
print(a)
print(b)
print(a + b)
print(a - b)
print(b - a)
print(a * b)
print(a // b, a % b)
print(b // 12345678901234567890, b % 12345678901234567890)
print(-a // 7, -a % 7, a // -7, a % -7)
print(divmod(a, -b))
f = 1
for i in range(1, 41):
    f *= i
print("40! =", f)
print(len(str(f)), f % 1000003, f // 10 ** 40)
print(f.bit_length(), a.bit_length(), (a - 1).bit_length())
print(a == 2 ** 200, a > b, a < b, -a < -b)
print(a >> 190, a << 10, (a - 1) & 0xFFFF, a | 1, (a + 5) ^ a)
print(-a >> 3, ~a, -(a - 1) & 0xFF)
m = 2 ** 64
print(m - 1, m, m + 1, -m, (m - 1) * (m - 1))
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(pow(a, 3, 10 ** 9 + 7), pow(7, 10 ** 18, 13))
print(sum(range(10 ** 6, 10 ** 6 + 10)) * 10 ** 30)
print(int("9" * 50) + 1)
print(abs(-b), hash(2 ** 61 - 1) == 0, hash(-1), hash(-2))
