class Base:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        Base.registry.append(cls.__name__)
class A(Base): pass
class B(A): pass
print(Base.registry)
class Desc:
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value): setattr(obj, self.name, value * 2)
class UsesDesc:
    x = Desc()
u = UsesDesc(); print(u.x); u.x = 5; print(u.x, u._x, type(UsesDesc.x).__name__)
class Dyn:
    def __getattr__(self, name):
        if name.startswith("get_"): return lambda: name[4:]
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
d = Dyn(); print(d.get_foo())
try: d.bar
except AttributeError as e: print(e)
print(getattr(d, "baz", "dflt"), hasattr(d, "get_x"), hasattr(d, "nope"))
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
s = Slotted()
try: s.c = 3
except AttributeError as e: print(e)
try: print(s.b)
except AttributeError as e: print(e)
class X:
    def __init__(self): self.v = 1
    def __setattr__(self, k, v): print("set", k, v); super().__setattr__(k, v)
    def __delattr__(self, k): print("del", k); super().__delattr__(k)
x = X(); x.w = 2; del x.w; print(vars(x))
class M1:
    def hi(self): return "M1"
class M2(M1):
    def hi(self): return "M2>" + super().hi()
class M3(M1):
    def hi(self): return "M3>" + super().hi()
class M4(M2, M3):
    def hi(self): return "M4>" + super().hi()
print(M4().hi(), [c.__name__ for c in M4.__mro__], M4.mro()[1].__name__)
try:
    class Bad(M1, M2): pass
except TypeError as e: print(e)
class Cls:
    count = 0
    @classmethod
    def make(cls, *a): cls.count += 1; return cls(*a)
    @staticmethod
    def helper(x): return x * 2
    def __init__(self, *a): self.a = a
class Sub(Cls): pass
print(Sub.make(1).a, Sub.count, Cls.count, Cls.helper(3), Cls().helper(4), type(Sub.make()).__name__)
def make_counters():
    fs = []
    for i in range(3): fs.append(lambda: i)
    gs = [lambda i=i: i for i in range(3)]
    return [f() for f in fs], [g() for g in gs]
print(make_counters())
def outer():
    n = 0
    def inc(by=1):
        nonlocal n; n += by; return n
    def get(): return n
    return inc, get
inc, get = outer(); inc(); inc(5); print(get(), inc.__closure__ is not None)
G = 1
def setg():
    global G, NEWG
    G += 1; NEWG = "new"
setg(); print(G, NEWG)
def append_to(x, lst=[]): lst.append(x); return lst
print(append_to(1), append_to(2), append_to.__defaults__)
def deco_args(prefix, *, times=1):
    def deco(f):
        def w(*a, **k):
            return [prefix + str(f(*a, **k))] * times
        w.__name__ = f.__name__
        return w
    return deco
@deco_args("<", times=2)
@deco_args(">")
def val(x): return x + 1
print(val(1), val.__name__)
print((lambda *a, **k: (a, k))(1, 2, z=3), (lambda x, y=2: x * y)(4))
print(type(None).__name__, type(print).__name__, type(len), type(Cls.make).__name__, type(Cls.helper).__name__)
print(isinstance(True, int), issubclass(bool, int), issubclass(M4, (int, M1)), callable(Cls), callable(x))
print(Cls.__name__, Cls.__qualname__, Cls.__module__, M4.__bases__, Cls.make.__self__ is Cls)
class Outer:
    class Inner:
        def m(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__)
print(object.__repr__(Cls()).startswith("<__main__.Cls object at"), str(Cls)[:8])
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == getattr(o, "v", o)
print(Eq(1) == 1, 1 == Eq(1), Eq(1) != 1, Eq(1) in [0, 1], [1].index(Eq(1)), [Eq(2)].count(2))
try: hash(Eq(1))
except TypeError as e: print(e)
