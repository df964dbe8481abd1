# A decorator without arguments.
def trace(fn):
    def wrapper(*args, **kwargs):
        print(f"-> {fn.__name__}{args}")
        result = fn(*args, **kwargs)
        print(f"<- {fn.__name__} = {result!r}")
        return result
    return wrapper
@trace
def add(a, b):
    return a + b
@trace
def greet(name="world"):
    return "hello " + name
print(add(2, 3))
print(greet())
print(greet(name="you"))
print(add.__name__)
def count_calls(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper
@count_calls
def noop(x):
    return x
for i in range(4):
    noop(i)
print("calls:", noop.calls)
def register_twice(fn):
    return lambda *a: (fn(*a), fn(*a))
@register_twice
def shout(s):
    return s.upper()
print(shout("hey"))
