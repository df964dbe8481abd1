# In-place operators: __iadd__ and fallback to __add__.
class Acc:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("__add__")
        return Acc(self.v + o)
    def __repr__(self):
        return f"Acc({self.v})"
class InPlace(Acc):
    def __iadd__(self, o):
        print("__iadd__")
        self.v += o
        return self
    def __imul__(self, o):
        print("__imul__")
        self.v *= o
        return self
a = Acc(1)
orig = a
a += 5
print(a, orig, a is orig)
b = InPlace(1)
orig = b
b += 5
b *= 3
print(b, orig, b is orig)
c = InPlace(2)
c = c + 1
print(c, type(c).__name__)
class Broken:
    def __iadd__(self, o):
        print("__iadd__ returns None")
x = Broken()
x += 1
print(x)
lst = [1]
alias = lst
lst += [2]
print(lst, alias, lst is alias)
t = (1,)
alias_t = t
t += (2,)
print(t, alias_t, t is alias_t)
