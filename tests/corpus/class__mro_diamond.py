# Multiple inheritance: C3 MRO and cooperative super().
class Base:
    def who(self):
        return ["Base"]
    def __init__(self):
        print("Base init")
class Left(Base):
    def who(self):
        return ["Left"] + super().who()
    def __init__(self):
        print("Left init")
        super().__init__()
class Right(Base):
    def who(self):
        return ["Right"] + super().who()
    def __init__(self):
        print("Right init")
        super().__init__()
class Bottom(Left, Right):
    def who(self):
        return ["Bottom"] + super().who()
    def __init__(self):
        print("Bottom init")
        super().__init__()
b = Bottom()
print(b.who())
print([c.__name__ for c in Bottom.__mro__])
print([c.__name__ for c in Bottom.mro()])
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
print([c.__name__ for c in Z.__mro__], [c.__name__ for c in W.__mro__])
try:
    class Bad(Z, W):
        pass
except TypeError as e:
    print("TypeError:", e)
class Mixin:
    def describe(self):
        return f"{type(self).__name__}: {self.name}"
class Named:
    def __init__(self, name):
        self.name = name
class Thing(Mixin, Named):
    pass
print(Thing("widget").describe(), Thing.__bases__)
