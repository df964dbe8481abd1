
def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print('->', repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)
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

def red(F):
    print(F.reduce(lambda a, b: a + b, [1, 2, 3]), F.reduce(lambda a, b: a * b, [], 7), F.reduce(lambda a, b: a + b, 'abc', '>'), F.reduce(max, [3]))
    err(F.reduce, lambda a, b: a, [])
    err(F.reduce, lambda a, b: a, 1)
    err(F.reduce, lambda a, b: a)

def part(F):
    def f(a, b, c=3):
        return (a, b, c)
    p = F.partial(f, 1, c=4)
    print(p.func is f, p.args, p.keywords, scrub(repr(p)), p(2), p(2, c=9), p(b=5))
    q = F.partial(p, 2, c=5); print(q.func is f, q.args, q.keywords, q())
    print(scrub(repr(F.partial(f))), scrub(repr(F.partial(f, 'x', [1], k={'a': 1}))))
    class P(F.partial): pass
    r = P(f, 1); print(scrub(repr(r)), r(2), P(r, 2).func is r)
    err(F.partial, 1)
    err(F.partial)
    err(F.partial(f), 1, 2, 3, 4)
    p.attr = 5; print(p.attr)
    print(F.partial(int, base=2)('101'), list(map(F.partial(pow, 2), range(5))))
    class C:
        m = F.partial(f, 0)
    print(C().m(1))

def wrap(F):
    def deco(fn):
        @F.wraps(fn)
        def inner(*a, **k):
            """inner doc"""
            return fn(*a, **k)
        return inner
    @deco
    def hello(x):
        """Say hello."""
        return 'hi ' + str(x)
    hello2 = hello
    print(hello('a'), hello.__name__, hello.__doc__, hello.__qualname__.split('.')[-1], hello.__wrapped__('b'), hello2.__module__)
    def g(): pass
    g.extra = 42
    def h(): pass
    F.update_wrapper(h, g); print(h.__name__, h.__wrapped__ is g)
    print(F.WRAPPER_ASSIGNMENTS, F.WRAPPER_UPDATES)

def lru(F):
    calls = []
    @F.lru_cache(maxsize=2)
    def sq(x):
        calls.append(x)
        return x * x
    for v in [1, 2, 1, 3, 2, 1, 1, 4]:
        sq(v)
    print(calls, sq.cache_info(), sq.cache_parameters())
    ci = sq.cache_info(); print(ci.hits, ci.misses, ci.maxsize, ci.currsize, ci[0], tuple(ci), ci == (3, 5, 2, 2))
    sq.cache_clear(); print(sq.cache_info())
    @F.lru_cache
    def fib(n):
        return n if n < 2 else fib(n - 1) + fib(n - 2)
    print(fib(30), fib.cache_info(), fib.__name__, fib.__wrapped__(5))
    @F.lru_cache(maxsize=None)
    def fib2(n):
        return n if n < 2 else fib2(n - 1) + fib2(n - 2)
    print(fib2(50), fib2.cache_info())
    @F.cache
    def fact(n):
        return 1 if n < 2 else n * fact(n - 1)
    print(fact(10), fact.cache_info())
    @F.lru_cache(maxsize=0)
    def z(x): return x
    z(1); z(1); print(z.cache_info())
    @F.lru_cache(maxsize=-5)
    def z2(x): return x
    z2(1); print(z2.cache_info())
    @F.lru_cache(typed=True)
    def t(x): return type(x).__name__
    print(t(1), t(1.0), t.cache_info())
    @F.lru_cache()
    def u(x): return type(x).__name__
    print(u(1), u(1.0), u.cache_info())
    @F.lru_cache(maxsize=10)
    def kw(a, b=1): return a + b
    kw(1); kw(1, b=1); kw(a=1); kw(1, 1); kw(1); print(kw.cache_info())
    err(F.lru_cache, 'x')
    err(kw, [1])
    class A:
        @F.lru_cache
        def m(self, x):
            return x + 1
    a = A(); print(a.m(1), a.m(1), A.m.cache_info())
    print(F.lru_cache(maxsize=3)(len).cache_info())

def cmpkey(F):
    def cmp(a, b): return (a > b) - (a < b)
    def rcmp(a, b): return cmp(b, a)
    print(sorted([3, 1, 2], key=F.cmp_to_key(rcmp)), sorted(['bb', 'a', 'ccc'], key=F.cmp_to_key(lambda a, b: len(a) - len(b))))
    K = F.cmp_to_key(cmp)
    print(K(1) < K(2), K(1) == K(1), K(1) >= K(2), K(2) > K(1), K(3) <= K(3), K(1) != K(1), K(5).obj)
    err(hash, K(1))
    err(lambda: K(1) < 1)
    print(max([1, 5, 3], key=K), min('xyz', key=F.cmp_to_key(lambda a, b: cmp(ord(a) % 3, ord(b) % 3))))

def tord(F):
    @F.total_ordering
    class V:
        def __init__(self, v): self.v = v
        def __eq__(self, o): return self.v == o.v
        def __lt__(self, o): return self.v < o.v
    a, b = V(1), V(2)
    print(a < b, a > b, a <= b, a >= b, a <= V(1), a >= V(1), b > a)
    @F.total_ordering
    class W:
        def __init__(self, v): self.v = v
        def __eq__(self, o): return self.v == o.v
        def __ge__(self, o):
            if not isinstance(o, W): return NotImplemented
            return self.v >= o.v
    print(W(1) < W(2), W(1) > W(2), W(2) <= W(2), W(3) >= W(2))
    err(lambda: W(1) < 5)
    @F.total_ordering
    class G:
        def __init__(self, v): self.v = v
        def __gt__(self, o): return self.v > o.v
        def __le__(self, o): return self.v <= o.v
    print(G(1) < G(2), G(1) >= G(2), sorted([G(3), G(1)], key=lambda g: g)[0].v)
    try:
        @F.total_ordering
        class N: pass
    except ValueError as e:
        print(e)

import functools as _M
for t in [red, part, wrap, lru, cmpkey, tord]:
    print("=== " + t.__name__)
    t(_M)
import functools as _M_functools
print("=== t"); t(_M_functools)
