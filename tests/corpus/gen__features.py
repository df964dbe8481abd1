def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)))
def inner():
    yield 1
    yield 2
    return "inner-result"
def outer():
    r = yield from inner()
    print("got", r)
    yield 3
print(list(outer()))
g = (x * x for x in range(4))
print(next(g), next(g), list(g))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
print(sum(x for x in range(100)), max(len(w) for w in ["a", "abc", "ab"]))
def echo():
    while True:
        v = yield
        if v is None:
            break
        print("echo", v)
e = echo(); next(e); e.send(1); e.send(2)
try:
    e.send(None)
except StopIteration:
    print("stopped")
