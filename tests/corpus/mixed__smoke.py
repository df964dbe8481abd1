class Animal:
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"Animal({self.name!r})"

class Dog(Animal):
    def speak(self):
        return super().speak() + " (woof)"

d = Dog("rex")
print(d.speak(), Animal.count, [d], repr(d))
print(isinstance(d, Animal), type(d).__name__, Dog.__mro__)

def gen(n):
    for i in range(n):
        x = yield i
        if x:
            print("got", x)
    return "done"

g = gen(3)
print(next(g), g.send("hi"), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

def outer():
    total = 0
    def add(k):
        nonlocal total
        total += k
        return total
    return add
f = outer()
print(f(1), f(5))

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        print("caught", e)
        raise ValueError("bad") from e
    finally:
        print("finally")
except ValueError as e:
    print("outer", e, type(e.__cause__).__name__)

class Ctx:
    def __enter__(self):
        print("enter"); return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None); return True
with Ctx() as c:
    raise KeyError("k")
print("after")
def fact(n): return 1 if n <= 1 else n * fact(n - 1)
print(fact(30))
d = {"a": 1, "b": 2}
for k, v in d.items(): print(k, v)
print(sorted([3, 1, 2], reverse=True), list(map(lambda x: x * 2, [1, 2])), list(zip("ab", [1, 2])))
print({1, 2, 3} | {4}, {x % 3 for x in range(10)}, {k: v for k, v in zip("abc", range(3))})
a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)
print(1 < 2 < 3, 1 < 3 < 2, "x" in "xyz", 2 ** 100, -7 // 2, -7 % 2, 7 / 2)
print(list(x for x in range(10) if x % 2), any(x > 8 for x in range(10)), all([]))
print("%d" if False else "ok", "a,b,,c".split(","), " x ".strip(), "-".join(["a", "b"]))
print(0.1 + 0.2, 1e16, 1e-5, 1/3, float("inf"), -0.0, 3.0, 2.5e-7)
