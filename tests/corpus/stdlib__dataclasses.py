
def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print('->', repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)
from typing import ClassVar, List
def scrub(s):
    out = ''
    i = 0
    while i < len(s):
        if s.startswith('0x', i):
            j = i + 2
            while j < len(s) and s[j] in '0123456789abcdef':
                j += 1
            out += '0x?'
            i = j
        else:
            out += s[i]
            i += 1
    return out

def basic(D):
    @D.dataclass
    class Point:
        x: int
        y: int = 0
    p = Point(1, 2)
    print(p, Point(3), Point(x=4, y=5), p == Point(1, 2), p != Point(1, 3), p == (1, 2), Point.__match_args__)
    print(Point.__doc__, Point.__hash__, Point.__qualname__, Point.x if hasattr(Point, 'x') else 'no x', Point.y)
    for a, k in [((), {}), ((1, 2, 3), {}), ((1,), {'z': 1}), ((1,), {'x': 1}), ((1, 2, 3, 4), {})]:
        err(Point, *a, **k)
    err(hash, p)
    err(lambda: p < p)
    p.x = 10; print(p, D.fields(p)[0].name, [f.name for f in D.fields(Point)], D.asdict(p), D.astuple(p))
    print(D.is_dataclass(p), D.is_dataclass(Point), D.is_dataclass(5), D.replace(p, y=7), p)
    print(scrub(repr(D.fields(Point)[1])))
    print(Point.__dataclass_params__)
    err(D.fields, 5)
    err(D.asdict, Point)
    err(D.replace, 5)
    err(D.replace, p, z=1)

    @D.dataclass(order=True, frozen=True)
    class V:
        a: int
        b: str = 'x'
    v = V(1)
    print(v, v < V(2), v <= V(1, 'x'), V(1, 'y') > v, v >= v, hash(v) == hash((1, 'x')), sorted([V(2), V(1, 'z'), V(1, 'a')]))
    err(setattr, v, 'a', 5)
    err(setattr, v, 'new', 5)
    err(v.__delattr__, 'a')
    e = None
    try:
        v.a = 3
    except D.FrozenInstanceError as ex:
        e = ex
    print(type(e).__name__, isinstance(e, AttributeError), e)
    err(lambda: v < 5)
    print(D.replace(v, b='q'))

    @D.dataclass
    class C:
        items: list = D.field(default_factory=list)
        hidden: int = D.field(default=5, repr=False)
        nocmp: int = D.field(default=0, compare=False)
        noinit: str = D.field(default='ni', init=False)
        nf: list = D.field(default_factory=lambda: [1], init=False)
    c = C(); c.items.append(1); print(c, C(), C([2], 6, 7), c == C([1], 5, 99), C().items is C().items, c.noinit, c.nf)
    err(C, 1, 2, 3, 4)
    err(D.replace, c, noinit='x')
    print(D.fields(C)[0].default_factory, D.fields(C)[1].repr, C.__doc__)

def inherit(D):
    @D.dataclass
    class Base:
        x: int
        y: int = 1
    @D.dataclass
    class Sub(Base):
        z: int = 2
        x: int = 9
    print(Sub(), Sub(1, 2, 3), [f.name for f in D.fields(Sub)], Sub.__match_args__, Sub.__doc__)
    print(Base(1) == Sub(1), Sub(1) == Sub(1))
    class Plain(Base):
        pass
    print(Plain(5), Plain(5) == Base(5))
    try:
        @D.dataclass
        class Bad(Base):
            w: int
    except TypeError as e:
        print(e)
    @D.dataclass(frozen=True)
    class FB:
        a: int
    try:
        @D.dataclass
        class FS(FB):
            b: int = 0
    except TypeError as e:
        print(e)
    try:
        @D.dataclass(frozen=True)
        class FS2(Base):
            b: int = 0
    except TypeError as e:
        print(e)
    class Outer:
        @D.dataclass
        class Inner:
            v: int
    print(Outer.Inner(1))
    def f():
        @D.dataclass
        class Local:
            q: int
        return Local
    L = f(); print(L(1)); err(L)

def errors(D):
    try:
        @D.dataclass
        class B:
            x: list = []
    except ValueError as e:
        print(e)
    try:
        @D.dataclass
        class B2:
            x: int = 1
            y: int
    except TypeError as e:
        print(e)
    try:
        D.field(default=1, default_factory=list)
    except ValueError as e:
        print(e)
    try:
        @D.dataclass(order=True, eq=False)
        class B3:
            x: int
    except ValueError as e:
        print(e)
    try:
        @D.dataclass
        class B4:
            x = D.field(default=1)
    except TypeError as e:
        print(e)
    try:
        @D.dataclass(order=True)
        class B5:
            x: int
            def __lt__(self, o): return True
    except TypeError as e:
        print(e)
    try:
        @D.dataclass(unsafe_hash=True)
        class B6:
            x: int
            def __hash__(self): return 1
    except TypeError as e:
        print(e)
    try:
        @D.dataclass(frozen=True)
        class B7:
            x: int
            def __setattr__(self, k, v): pass
    except TypeError as e:
        print(e)

def features(D):
    @D.dataclass
    class P:
        x: int
        y: int = 0
        def __post_init__(self):
            print('post_init', self.x, self.y)
            self.s = self.x + self.y
    p = P(1, 2); print(p, p.s)
    @D.dataclass
    class IV:
        a: int
        scale: D.InitVar[int] = 2
        def __post_init__(self, scale):
            self.a *= scale
    print(IV(3), IV(3, 10), [f.name for f in D.fields(IV)], D.replace(IV(1), a=5))
    @D.dataclass
    class CV:
        count: ClassVar[int] = 0
        name: str = 'n'
    print(CV(), [f.name for f in D.fields(CV)], CV.count)
    @D.dataclass
    class KW:
        a: int
        _: D.KW_ONLY
        b: int = 1
        c: int
    print(KW(1, c=3), KW.__match_args__, KW.__doc__)
    for a, k in [((1, 2), {'c': 1}), ((1,), {}), ((), {}), ((1, 2, 3), {})]:
        err(KW, *a, **k)
    @D.dataclass(kw_only=True)
    class KW2:
        a: int
        b: int = D.field(default=0, kw_only=False)
    print(KW2(5, a=1), KW2.__doc__)
    @D.dataclass(eq=False)
    class NE:
        x: int
    print(NE(1) == NE(1), NE.__hash__ is object.__hash__)
    @D.dataclass(unsafe_hash=True)
    class UH:
        x: int
        y: list = D.field(default_factory=list, hash=False)
        z: int = D.field(default=0, compare=False)
    print(hash(UH(1)) == hash((1,)), UH(1) == UH(1, [], 5))
    @D.dataclass(repr=False, init=False)
    class NR:
        x: int = 3
    n = NR(); print(n.x, repr(n).startswith('<'))
    @D.dataclass
    class WithInit:
        x: int
        def __init__(self, v): self.x = v * 2
    print(WithInit(4))
    @D.dataclass
    class Rec:
        child: object = None
    r = Rec(); r.child = r; print(r)
    @D.dataclass
    class Nest:
        p: P
        ps: list
        d: dict
    print('nest')
    n = Nest(P(1), [P(2), (P(3), 4)], {'k': P(5)})
    print(D.asdict(n), D.astuple(n))
    print(D.asdict(P(1), dict_factory=lambda items: items))
    @D.dataclass
    class Empty:
        pass
    print(Empty(), Empty() == Empty(), Empty.__doc__, Empty.__match_args__)
    err(Empty, 1)
    @D.dataclass(frozen=True)
    class FP:
        x: int
        def __post_init__(self):
            object.__setattr__(self, 'x', self.x * 2)
    print(FP(2))
    print(repr(D.MISSING).startswith('<dataclasses._MISSING_TYPE object at'))
    @D.dataclass
    class Typ:
        a: List[int]
        b: 'str'
        c: P = None
    print(Typ.__doc__)
    @D.dataclass(match_args=False)
    class NM:
        x: int
    print(hasattr(NM, '__match_args__'))

import dataclasses as _M
for t in [basic, inherit, errors, features]:
    print("=== " + t.__name__)
    t(_M)
import dataclasses as _M_dataclasses
print("=== t"); t(_M_dataclasses)
