# Only |, &, - and ^ combine sets; other operators raise TypeError.
a, b = {1, 2, 3}, frozenset({3, 4})
for name, fn in [("+", lambda: a + b), ("*", lambda: a * b), ("@", lambda: a @ b),
                 ("//", lambda: a // b), ("%", lambda: a % b), ("**", lambda: a ** b),
                 ("<<", lambda: a << b), (">>", lambda: b >> a), ("/", lambda: b / a)]:
    try:
        print(name, fn())
    except TypeError as e:
        print(name, "TypeError:", e)
c = {1}
try:
    c += {2}
except TypeError as e:
    print("+= TypeError:", e)
c |= {2}
c ^= frozenset({1, 5})
c -= {9}
c &= {2, 5, 7}
print(sorted(c), sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), type(b | a).__name__)
