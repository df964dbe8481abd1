# Exponentiation, including negative exponents and 3-argument pow.
print(2 ** 10, 2 ** 0, 0 ** 0, 1 ** 1000, (-1) ** 1001, (-2) ** 5)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -3, 4 ** 0.5, 8 ** (1 / 3))
print(type(2 ** 2), type(2 ** -2))
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(3, 0, 7), pow(-3, 3, 7))
print(pow(2, -1, 7), pow(3, -2, 11), pow(38, -1, 97))
print(pow(5, 100, 1), pow(10, 50, 97), pow(123456789, 987654321, 1000000007))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError", e)
print(2 ** 100, -2 ** 100, (-2) ** 101)
x = 3
x **= 4
print(x, 10 ** 18 == 1000000000000000000)
