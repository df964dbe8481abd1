# Functions as values: stored, passed, returned.
def add(a, b):
    return a + b
def sub(a, b):
    return a - b
table = {"add": add, "sub": sub, "max": max}
for name in ["add", "sub", "max"]:
    print(name, table[name](10, 3))
def apply_twice(f, x):
    return f(f(x))
print(apply_twice(lambda v: v * 3, 2), apply_twice(str.upper, "hi"), apply_twice(abs, -4))
def pipeline(*funcs):
    def run(x):
        for fn in funcs:
            x = fn(x)
        return x
    return run
p = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(p("  Hello World  "))
print(list(map(add, [1, 2], [10, 20])), sorted(["b", "A", "c"], key=str.lower))
handlers = []
def register(fn):
    handlers.append(fn.__name__)
    return fn
@register
def on_start():
    pass
@register
def on_stop():
    pass
print(handlers)
methods = [str.upper, str.title, str.swapcase]
print([m("mIxEd text") for m in methods])
print(add.__call__(2, 3), (lambda: add)()(4, 5))
