class Rev:
    def __init__(self, xs): self.xs = xs
    def __reversed__(self): return iter(self.xs[::-1])
    def __len__(self): return len(self.xs)
    def __getitem__(self, i): return self.xs[i]
print(list(reversed(Rev([1, 2, 3]))), list(Rev([4, 5])), 5 in Rev([5]))
class Money:
    def __init__(self, c): self.c = c
    def __format__(self, spec):
        if spec == "usd": return f"${self.c / 100:,.2f}"
        return format(self.c, spec)
    def __str__(self): return f"{self.c}c"
print(f"{Money(123456):usd}", f"{Money(5):>4}", "{:usd}".format(Money(99)), format(Money(7), "03"), f"{Money(1)}", f"{Money(2)!s:>5}")
calls = iter([1, 2, 3, None, 5]).__next__
print(list(iter(calls, None)))
class Audit:
    def __getattribute__(self, name):
        if name.startswith("secret"): raise AttributeError(f"no access to {name}")
        return object.__getattribute__(self, name)
    def __init__(self): self.secret_x = 1; self.open_y = 2
a = Audit(); print(a.open_y, getattr(a, "secret_x", "hidden"))
class Num:
    def __init__(self, v): self.v = v
    def __iadd__(self, o): return Num(self.v + o + 1000)
    def __add__(self, o): return Num(self.v + o)
    def __radd__(self, o): return Num(self.v + o + 0.5)
n = Num(1); m = n; n += 1; print(n.v, m.v, (5 + Num(1)).v, sum([Num(1), Num(2)], Num(0)).v if False else "")
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + (o.v if isinstance(o, OnlyAdd) else o))
o = OnlyAdd(1); o += 2; print(o.v)
lst = [1]; ref = lst; lst += [2]; print(ref, lst is ref); tup = (1,); tref = tup; tup += (2,); print(tref, tup)
class Truthy:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(Truthy()), not Truthy(), Truthy() or "alt", (Truthy() and "never") is not None)
class BadBool:
    def __bool__(self): return 1
try: bool(BadBool())
except TypeError as e: print(e)
class Ctx:
    def __enter__(self): return self
    def __exit__(self, *exc): print("exit got", exc[0].__name__ if exc[0] else None); return False
try:
    with Ctx() as c1, Ctx() as c2:
        raise ValueError("x")
except ValueError: print("propagated")
class Container:
    def __init__(self): self.d = {}
    def __getitem__(self, k):
        if isinstance(k, slice): return f"slice({k.start},{k.stop},{k.step})"
        if isinstance(k, tuple): return f"tuple{k}"
        return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __missing__(self, k): return "never used"
c = Container(); c["a"] = 1; print(c["a"], c[1:2], c[::3], c[1, 2], c[1:2, 3])
del c["a"]
try: c["a"]
except KeyError as e: print("KeyError", e)
class Call:
    def __call__(self, x, *, k=0): return x + k
print(Call()(1, k=2), callable(Call()), list(map(Call(), [1, 2])))
class Cls:
    def __class_getitem__(cls, item): return f"{cls.__name__}[{item.__name__}]"
print(Cls[int])
class Hashy:
    def __init__(self, k): self.k = k
    def __hash__(self): return hash(self.k)
    def __eq__(self, o): return isinstance(o, Hashy) and self.k == o.k
s = {Hashy(1), Hashy(1), Hashy(2)}; print(len(s), Hashy(2) in s, {Hashy("a"): 1}[Hashy("a")])
class NoHash:
    __hash__ = None
try: {NoHash()}
except TypeError as e: print(e)
class Seq2:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i < 0: i += 3
        if not 0 <= i < 3: raise IndexError(i)
        return "abc"[i]
print(list(reversed(Seq2())), sorted(Seq2(), reverse=True), "".join(Seq2()), Seq2()[-1])
it = iter([1, 2, 3]); print(it.__next__(), next(it), list(it.__iter__()), iter(it) is it)
e = enumerate("ab"); print(e.__next__(), next(e)); m = map(str, [1]); print(m.__next__())
try: iter([]).__next__()
except StopIteration: print("stop")
