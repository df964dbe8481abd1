# types.MethodType binds a function (or any callable) to an object.
import types
class A:
    x = 5
def f(self, y):
    return self.x + y
a = A()
m = types.MethodType(f, a)
print(m(2), m.__self__ is a, m.__func__ is f, type(m) is types.MethodType)
a.g = types.MethodType(lambda self: self.x * 2, a)
print(a.g())
m2 = types.MethodType(len, [1, 2, 3])
print(m2())
for bad in [(1, a), (f, None)]:
    try:
        types.MethodType(*bad)
    except TypeError as e:
        print("TypeError:", e)
