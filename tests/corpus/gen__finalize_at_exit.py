def g(name):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", name)
def f():
    it = g("f-local")
    next(it)
    raise ValueError
try:
    f()
except ValueError:
    print("caught")
print("after")
a = g("global-a"); next(a)
b = g("global-b"); next(b)
_c = g("global-_c"); next(_c)
class K:
    pass
k = K(); k.it = g("attr"); next(k.it)
lst = [g("in-list")]; next(lst[0])
print("end")
