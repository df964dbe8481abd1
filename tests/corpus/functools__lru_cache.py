# functools.lru_cache with cache_info and cache_clear.
from functools import lru_cache
calls = []
@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), len(calls), fib.cache_info())
print(fib(30), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
@lru_cache(maxsize=2)
def square(x):
    print("computing", x)
    return x * x
for v in [1, 2, 1, 3, 2, 1]:
    print(square(v), end=" | ")
print()
print(square.cache_info())
@lru_cache
def add(a, b=0):
    print("add", a, b)
    return a + b
print(add(1, 2), add(1, 2), add(1, b=2), add(a=1, b=2), add.cache_info().hits)
@lru_cache(maxsize=None)
def typed_default(x):
    print("compute", repr(x))
    return x
typed_default(1)
typed_default(1.0)
typed_default(True)
print(typed_default.cache_info().currsize)
try:
    square([1])
except TypeError as e:
    print("TypeError:", e)
print(square.__name__, square.__wrapped__(4))
