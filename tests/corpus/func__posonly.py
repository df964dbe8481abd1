# Positional-only parameters.
def divide(a, b, /, *, exact=False):
    return a / b if exact else a // b
print(divide(7, 2), divide(7, 2, exact=True))
try:
    divide(a=7, b=2)
except TypeError as e:
    print("TypeError:", e)
def mixed(x, /, y, *, z):
    return x, y, z
print(mixed(1, 2, z=3), mixed(1, y=2, z=3))
try:
    mixed(x=1, y=2, z=3)
except TypeError as e:
    print("TypeError:", e)
def kw_same_name(name, /, **kwargs):
    return name, kwargs
print(kw_same_name("pos", name="kw"))
def with_default(a, b=2, /):
    return a + b
print(with_default(1), with_default(1, 10))
try:
    with_default(1, b=3)
except TypeError as e:
    print("TypeError:", e)
print(len("abc"), divmod(7, 2))
try:
    len(obj="abc")
except TypeError as e:
    print("TypeError:", e)
