# yield from: delegation and return values.
def inner(label):
    yield f"{label}-1"
    yield f"{label}-2"
    return f"{label} done"
def outer():
    r1 = yield from inner("a")
    print("inner returned:", r1)
    r2 = yield from inner("b")
    print("inner returned:", r2)
    yield from [10, 20]
    yield from range(2)
    return "outer done"
g = outer()
for v in g:
    print("got", v)
def collect():
    result = yield from outer()
    yield "final: " + result
print(list(collect()))
def flatten(items):
    for it in items:
        if isinstance(it, list):
            yield from flatten(it)
        else:
            yield it
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def echo():
    while True:
        x = yield
        if x is None:
            return "echo stopped"
        print("echo", x)
def wrapper():
    r = yield from echo()
    print("wrapper got", r)
    yield "after"
w = wrapper()
next(w)
w.send("hello")
w.send("world")
print(w.send(None))
def gen_ret():
    yield 1
    return 99
try:
    it = gen_ret()
    next(it)
    next(it)
except StopIteration as e:
    print("StopIteration value", e.value, e.args)
