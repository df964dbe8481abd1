# Decorator factories.
def repeat(times):
    def decorate(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return decorate
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"))
def prefix(text, sep=": "):
    def decorate(fn):
        def wrapper(*args, **kwargs):
            return text + sep + str(fn(*args, **kwargs))
        return wrapper
    return decorate
@prefix("result")
def compute(x):
    return x * 2
@prefix("sum", sep=" = ")
def total(*xs):
    return sum(xs)
print(compute(21), total(1, 2, 3))
def validate(**types):
    def decorate(fn):
        def wrapper(**kwargs):
            for k, t in types.items():
                if not isinstance(kwargs.get(k), t):
                    raise TypeError(f"{k} must be {t.__name__}")
            return fn(**kwargs)
        return wrapper
    return decorate
@validate(n=int, s=str)
def make(n, s):
    return s * n
print(make(n=3, s="ab"))
try:
    make(n="3", s="ab")
except TypeError as e:
    print("TypeError:", e)
