# Closures capture variables, not values.
def make_multiplier(n):
    def multiply(x):
        return x * n
    return multiply
double, triple = make_multiplier(2), make_multiplier(3)
print(double(5), triple(5), double(triple(2)))
def make_accumulator():
    total = 0
    history = []
    def add(x):
        nonlocal total
        total += x
        history.append(x)
        return total, list(history)
    return add
acc = make_accumulator()
print(acc(5), acc(10), acc(-3))
funcs = []
for i in range(3):
    def f():
        return i
    funcs.append(f)
print([f() for f in funcs])
def bind_each():
    out = []
    for i in range(3):
        def f(i=i):
            return i
        out.append(f)
    return out
print([f() for f in bind_each()])
def outer():
    x = 1
    def get():
        return x
    x = 2
    return get
print(outer()())
def counter_pair():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get
inc, get = counter_pair()
inc()
inc()
print(get(), inc(), get())
print(double.__closure__ is not None, make_multiplier.__closure__)
