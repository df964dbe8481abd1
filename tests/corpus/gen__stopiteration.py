# StopIteration carries a generator's return value; StopIteration inside a generator.
def g():
    yield 1
    return "result"
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e.value), e.args, str(e))
try:
    next(it)
except StopIteration as e:
    print("again:", repr(e.value), e.args)
def no_return():
    yield 1
it = no_return()
next(it)
try:
    next(it)
except StopIteration as e:
    print("no return:", e.value, e.args)
e = StopIteration("v", "w")
print(e.value, e.args)
def leaks():
    yield 1
    raise StopIteration("inside")
try:
    list(leaks())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
it = iter([])
print(next(it, "default"))
try:
    next(iter([]))
except StopIteration as e:
    print("empty iterator", e.args)
def manual():
    return (yield "only")
m = manual()
print(next(m))
try:
    m.send("sent")
except StopIteration as e:
    print("returned", e.value)
