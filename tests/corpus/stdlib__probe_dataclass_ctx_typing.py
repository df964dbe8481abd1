from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
from contextlib import contextmanager, suppress, ExitStack, nullcontext
from typing import List, Dict, Optional, Union, Tuple, Callable, Any, NamedTuple, TypeVar, Generic
import sys, time, os
@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    qty: int = field(default=1, repr=False)
    def total(self): return self.price * self.qty
i = Item("pen", 1.5); print(i, i.total(), asdict(i), astuple(i), i == Item("pen", 1.5), [f.name for f in fields(i)])
print(replace(i, price=2.0), Item("a") == Item("b"))
@dataclass(order=True, frozen=True)
class Pt:
    x: int
    y: int = 0
print(sorted([Pt(2, 1), Pt(1, 5), Pt(1, 2)]), Pt(1) < Pt(1, 1), hash(Pt(1, 2)) == hash(Pt(1, 2)))
try: Pt(1).x = 5
except FrozenInstanceError as e: print("frozen", e)
@dataclass
class Inv:
    items: List[Item] = field(default_factory=list)
    owner: Optional[str] = None
    def __post_init__(self): self.count = len(self.items)
inv = Inv([i, Item("cup", 3.0, ["kitchen"])]); print(inv.count, asdict(inv))
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e: print(e)
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1))
@dataclass
class Child(Pt.__class__ if False else Item):
    color: str = "red"
print(Child("c", 1.0, [], 2, "blue"))
@contextmanager
def tag(name):
    print(f"<{name}>")
    try: yield name.upper()
    except KeyError as e: print("handled", e); 
    finally: print(f"</{name}>")
with tag("a") as t, tag("b") as u: print(t, u)
with tag("x"): raise KeyError("inside")
print("after")
with suppress(ZeroDivisionError, KeyError): 1 / 0
print("suppressed")
try:
    with tag("y"): raise ValueError("propagates")
except ValueError as e: print("outer", e)
with ExitStack() as stack:
    for n in ("p", "q"): stack.enter_context(tag(n))
    stack.callback(print, "callback")
with nullcontext(5) as v: print(v)
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n); return self
    def __exit__(self, et, ev, tb): print("exit", self.n, et.__name__ if et else None, ev); return self.n == 2
with CM(1) as a, CM(2) as b: raise RuntimeError("x")
print("survived")
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
def f(a: int, b: "str" = "x") -> Dict[str, int]: return {b: a}
print(Box(3).v, f(1), f.__annotations__, Optional[int], List[int])
class IntBox(Box[int]): pass
print(IntBox(4).v, IntBox.__mro__[1:], IntBox.__orig_bases__)
print(sys.argv[0].endswith("probe_dataclass_ctx_typing.py"), len(sys.argv), sys.maxsize, sys.version_info[:2], sys.platform in ("linux", "darwin"))
sys.stdout.write("written\n"); print("x", file=sys.stderr); print(isinstance(time.time(), float), time.perf_counter() >= 0)
print(os.path.join("a", "b"), os.path.splitext("f.tar.gz"), os.path.basename("/x/y.py"), os.sep, os.getcwd() != "")
print(type(sys.stdout).__name__ if False else "", sys.getrecursionlimit())
def k(*, a, b=2): return a + b
print(k(a=1), k(b=3, a=1))
try: k(1)
except TypeError as e: print(e)
try: k()
except TypeError as e: print(e)
def v(a, /, b, *args, c, **kw): return (a, b, args, c, kw)
print(v(1, 2, 3, c=4, d=5), v(1, b=2, c=3))
try: v(a=1, b=2, c=3)
except TypeError as e: print(e)
try: f(1, 2, 3)
except TypeError as e: print(e)
try: f(1, a=2)
except TypeError as e: print(e)
try: f(c=1)
except TypeError as e: print(e)
