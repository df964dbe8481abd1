# __call__ makes instances callable.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *more):
        return x + self.n + sum(more)
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), callable(add5), callable(Adder), callable(5))
print(list(map(add5, [10, 20])), sorted([3, 1, 2], key=Adder(-1)))
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
class Factory:
    def __call__(self):
        return Factory
print(Factory()()() is Factory)
