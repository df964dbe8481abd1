# CPython's compiler warns about `is` with a literal and always-true
# asserts; the warnings go to stderr before the program runs.
x = 1000
y = 10 ** 3
print(x is y, x == y)
print(x is 1000, x is not -1, x is None, None is x, 1 is None)
print(x is (), () is x, x is ..., x is True, 0 < x is 5 < 9)
n = int("257")
print(n is 257 or True)
assert (x, "x must be set")
try:
    assert (x == 1, "never raised")
    print("assert of a tuple passed")
except AssertionError:
    print("unreachable")
