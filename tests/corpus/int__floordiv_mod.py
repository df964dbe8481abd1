# Floor division and modulo follow the sign of the divisor.
for a in [17, -17, 0, 5, -5, 100]:
    for b in [5, -5, 3, -3, 1]:
        q, r = a // b, a % b
        print(f"{a} // {b} = {q}, {a} % {b} = {r}, check {q * b + r == a}")
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2))
print(divmod(0, 3), divmod(10 ** 20, 7), divmod(-10 ** 20, 7))
try:
    print(5 // 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(5 % 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(divmod(5, 0))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(5 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
