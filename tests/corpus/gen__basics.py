# Generator functions: lazy execution, next(), exhaustion.
def numbers(n):
    print("start")
    for i in range(n):
        print("yielding", i)
        yield i
    print("end")
g = numbers(3)
print(type(g).__name__)
print(next(g))
print(next(g))
print(list(g))
print(list(g), next(g, "done"))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args)
def squares():
    n = 0
    while True:
        yield n * n
        n += 1
sq = squares()
print([next(sq) for _ in range(6)])
def two_yields():
    yield "a"
    yield "b"
print(list(two_yields()), tuple(two_yields()), "".join(two_yields()), set(two_yields()) == {"a", "b"})
def empty():
    return
    yield
print(list(empty()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
for i, f in enumerate(fib()):
    if i >= 10:
        break
    print(f, end=" ")
print()
gen = (c for c in "hey")
print(next(gen), list(gen), iter(gen) is gen)
