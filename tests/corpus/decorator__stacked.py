# Stacked decorators apply bottom-up and run top-down.
def tag(name):
    print("creating decorator", name)
    def decorate(fn):
        print("decorating", fn.__name__, "with", name)
        def wrapper(*a):
            return f"<{name}>" + fn(*a) + f"</{name}>"
        wrapper.__name__ = fn.__name__
        return wrapper
    return decorate
@tag("b")
@tag("i")
@tag("u")
def text(s):
    return s
print(text("hello"))
def log(fn):
    def w(*a):
        print("log before", fn.__name__)
        r = fn(*a)
        print("log after", fn.__name__)
        return r
    w.__name__ = "log_" + fn.__name__
    return w
def double(fn):
    def w(*a):
        return fn(*a) * 2
    w.__name__ = "double_" + fn.__name__
    return w
@log
@double
def num(x):
    return x + 1
print(num(4), num.__name__)
@double
@log
def num2(x):
    return x + 1
print(num2(4), num2.__name__)
