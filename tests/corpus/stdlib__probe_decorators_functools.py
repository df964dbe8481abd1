import functools, itertools, operator, copy, contextlib, dataclasses, sys
# decorators stacked with classes & functools.wraps with args
def trace(label):
    def deco(fn):
        @functools.wraps(fn)
        def inner(*args, **kwargs):
            print(f"[{label}] {fn.__name__}{args}{kwargs if kwargs else ''}")
            return fn(*args, **kwargs)
        return inner
    return deco
def singleton(cls):
    inst = {}
    @functools.wraps(cls, updated=())
    def get(*a):
        if cls not in inst: inst[cls] = cls(*a)
        return inst[cls]
    return get
@singleton
class Config:
    def __init__(self, v): self.v = v
print(Config(1).v, Config(2).v, Config.__name__)
class Svc:
    @trace("svc")
    @staticmethod
    def ping(x): return x
    @classmethod
    @trace("cls")
    def make(cls, n=1): return cls.__name__ * n
    @property
    @trace("prop")
    def p(self): return 42
    def __repr__(self): return "<Svc>"
print(Svc.ping(3) if sys.version_info >= (3, 10) else 3, Svc.make(2), Svc().p)
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().currsize, fib.__wrapped__(10) if hasattr(fib, "__wrapped__") else None)
p = functools.partial(print, "pre", sep="|"); p("a", "b")
pp = functools.partial(p, "c"); pp("d")
print(repr(functools.partial(max, 1))[:25])
@functools.singledispatch
def show(x): return f"obj {x}"
@show.register
def _(x: int): return f"int {x}"
@show.register(list)
def _(x): return f"list of {len(x)}"
print(show(1), show([1, 2]), show("s"), show(True))
class Temp:
    def __init__(self): self._c = 0
    @functools.cached_property
    def heavy(self): self._c += 1; return self._c * 10
t = Temp(); print(t.heavy, t.heavy, t._c)
print(list(itertools.chain.from_iterable(["ab", "c"])), list(itertools.zip_longest("ab", "xyz", fillvalue="-")))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(itertools.batched(range(5), 2)) if hasattr(itertools, "batched") else "nobatch", list(itertools.islice(range(10), 2, 8, 3)))
it = iter([1, 2, 3]); a, b = itertools.tee(it); print(list(a), list(b))
print(list(map(operator.add, [1, 2], [3, 4])), operator.getitem([5, 6], -1), operator.concat("a", "b"), operator.index(7))
f = operator.itemgetter(slice(1, None)); print(f("hello"))
print(operator.lt(1, 2), operator.is_(None, None), operator.iadd([1], [2]), operator.xor(5, 3), operator.pow(2, 5))
@contextlib.contextmanager
def opened(n):
    print("open", n); yield n; print("close", n)
with contextlib.ExitStack() as st:
    xs = [st.enter_context(opened(i)) for i in range(2)]
    print("using", xs)
with contextlib.suppress(KeyError):
    {}["k"]
    print("never")
print("after suppress")
@dataclasses.dataclass
class Node:
    val: int
    children: list = dataclasses.field(default_factory=list)
    parent: "Node" = dataclasses.field(default=None, repr=False, compare=False)
root = Node(1, [Node(2), Node(3, [Node(4)])])
print(root, dataclasses.asdict(root)["children"][1], dataclasses.astuple(Node(9)))
c = copy.deepcopy(root); c.children[0].val = 99; print(root.children[0].val, c.children[0].val, c == root)
print(dataclasses.is_dataclass(root), dataclasses.is_dataclass(Node), [f.name for f in dataclasses.fields(Node)])
@dataclasses.dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    def bump(self): return dataclasses.replace(self, minor=self.minor + 1)
vs = sorted({Version(1, 2), Version(1), Version(0, 9)}); print(vs, vs[0].bump(), Version(1) == Version(1, 0))
try: vs[0].major = 5
except dataclasses.FrozenInstanceError as e: print(type(e).__name__, e)
