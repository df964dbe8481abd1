class Desc:
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value): setattr(obj, self.name, value * 2)
class UsesDesc:
    x = Desc()
u = UsesDesc(); print(u.x); u.x = 5; print(vars(u)); print(u.x, u._x)
class Base:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        Base.registry.append(cls.__name__)
class A(Base): pass
class B(A): pass
print(Base.registry)
class P:
    @classmethod
    def __init_subclass__(cls): print("explicit classmethod", cls.__name__)
class Q(P): pass
class Named:
    def __set_name__(self, owner, name): print("set_name", owner.__name__, name); self.n = name
class H:
    a = Named(); b = Named()
print(H.a.n, H.b.n)
class Fail:
    def __init_subclass__(cls): raise ValueError("no subclasses of " + cls.__name__)
try:
    class Sub(Fail): pass
except ValueError as e: print(e)
print(object.__init_subclass__() is None)
class Typed:
    def __init__(self, kind): self.kind = kind
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None: return f"<Typed {self.name} on {objtype.__name__}>"
        return obj.__dict__.get(self.name, 0)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind): raise TypeError(f"{self.name} must be {self.kind.__name__}")
        obj.__dict__[self.name] = value
    def __delete__(self, obj): print("delete", self.name); obj.__dict__.pop(self.name, None)
class Lazy:
    def __init__(self, fn): self.fn = fn
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        v = self.fn(obj); obj.__dict__[self.fn.__name__] = v; return v
class Rec:
    qty = Typed(int)
    def __init__(self, q): self.qty = q
    @Lazy
    def expensive(self): print("computing"); return self.qty * 100
class SubRec(Rec):
    def show(self): return super().qty if False else Rec.qty
r = Rec(3); print(r.qty, Rec.qty, r.expensive, r.expensive, vars(r))
try: r.qty = "x"
except TypeError as e: print(e)
del r.qty; print(r.qty, SubRec(2).show(), getattr(SubRec(5), "qty"))
