# TypeError messages for wrong argument counts and names.
def f(a, b):
    return a + b
def g(a, b=1, *, c):
    return a
def h():
    return 0
class K:
    def m(self, x):
        return x
def show(fn):
    try:
        fn()
    except TypeError as e:
        print(e)
show(lambda: f(1))
show(lambda: f())
show(lambda: f(1, 2, 3))
show(lambda: f(1, b=2, a=3))
show(lambda: f(1, 2, c=3))
show(lambda: g(1))
show(lambda: g(1, 2, 3))
show(lambda: g())
show(lambda: h(1))
show(lambda: h(x=1))
show(lambda: K().m())
show(lambda: K().m(1, 2))
show(lambda: K.m(1))
show(lambda: (lambda x: x)())
show(lambda: abs())
show(lambda: abs(1, 2))
show(lambda: len([], []))
show(lambda: int("1", "2", "3"))
five, text = 5, "abc"
show(lambda: five())
show(lambda: text())
