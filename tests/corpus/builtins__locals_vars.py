# locals(), vars() and globals() at module level, in functions, closures
# and class bodies.
top = 1
print(sorted(k for k in locals() if not k.startswith("__")) == sorted(k for k in vars() if not k.startswith("__")))
print(locals() is globals(), vars() is globals(), globals()["top"])
globals()["made"] = 5
print(made)

def f(a, b=2, *args, **kw):
    c = a + b
    return locals()
print(f(1), f(1, 3, 4, x=5))

def unbound_later():
    before = locals()
    x = 1
    after = vars()
    return before, after, before is after
print(unbound_later())

def with_deleted():
    x = 1
    y = 2
    del x
    return locals()
print(with_deleted())

def outer():
    captured = "c"
    unused = 0
    def inner():
        local = captured
        return locals()
    return inner(), sorted(locals())
print(outer())

def param_captured(p):
    def g():
        return p
    return locals()["p"], sorted(locals())
print(param_captured(7))

class K:
    a = 1
    b = a + 1
    print(sorted(k for k in locals() if not k.startswith("__")), locals()["__qualname__"])
    inside = vars()
print(K.b, "inside" in K.__dict__)

def in_comprehension():
    x = 1
    return [sorted(locals()) for _ in range(1)]
print(in_comprehension())

def gen():
    g = 1
    yield locals()
    h = 2
    yield locals()
print(list(gen()))

def mutate():
    z = 1
    locals()["z"] = 100
    return z
print(mutate())

for bad in (lambda: locals(1), lambda: globals(1, 2), lambda: vars(1, 2), lambda: vars(5)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
