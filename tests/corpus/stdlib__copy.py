
def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print('->', repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)
import collections as _realcoll
_mycoll = _realcoll

def shallow(C):
    collections = _mycoll if C.__name__.startswith('my_') else _realcoll
    l = [1, [2, 3]]; c = C.copy(l); print(c, c is l, c[1] is l[1])
    d = {'a': [1]}; c = C.copy(d); print(c, c is d, c['a'] is d['a'])
    t = (1, [2]); print(C.copy(t) is t, C.copy('s') == 's', C.copy(None), C.copy(5), C.copy(frozenset([1])), C.copy({1, 2}))
    class A:
        def __init__(self):
            print('init called')
            self.x = [1]
    a = A(); b = C.copy(a); print(type(b) is A, b.x, b.x is a.x, b is a)
    class B:
        def __copy__(self):
            return 'custom'
    print(C.copy(B()), C.copy(len) is len, C.copy(A) is A)
    cnt = collections.Counter('aab'); cc = C.copy(cnt); print(cc, type(cc).__name__, cc is cnt)
    od = collections.OrderedDict(a=1); print(C.copy(od))
    dd = collections.defaultdict(list, a=[1]); e = C.copy(dd); print(e, e['a'] is dd['a'])
    class DS(dict):
        pass
    ds = DS(a=1); e = C.copy(ds); print(e, type(e).__name__)
    class S:
        def __getstate__(self): return {'s': 1}
        def __setstate__(self, st): print('setstate', st); self.v = st
    print(C.copy(S()).v)
    err(C.copy, (x for x in []))
    ex = ValueError('bad', 2); ex.note = 'n'; e = C.copy(ex); print(repr(e), e.note, e is ex)
    print(C.Error.__name__, issubclass(C.Error, Exception), C.error is C.Error)
    print(C.copy(range(3)), C.copy(bytearray(b'ab')))

def deep(C):
    collections = _mycoll if C.__name__.startswith('my_') else _realcoll
    l = [1, [2, 3]]; c = C.deepcopy(l); print(c, c is l, c[1] is l[1])
    shared = [1]; l = [shared, shared]; c = C.deepcopy(l); print(c, c[0] is c[1], c[0] is shared)
    r = [1]; r.append(r); c = C.deepcopy(r); print(c, c[1] is c, c is r)
    t = (1, 2, 'a'); print(C.deepcopy(t) is t, C.deepcopy((1, [2])) == (1, [2]), C.deepcopy((1, [2]))[1] is not None)
    d = {'k': [1], (1, 2): {'n': [3]}}; c = C.deepcopy(d); print(c, c['k'] is d['k'])
    class A:
        def __init__(self):
            self.items = [1, 2]
            self.me = self
    a = A(); b = C.deepcopy(a); print(b.items, b.items is a.items, b.me is b, b is a)
    class D:
        def __deepcopy__(self, memo):
            print('deepcopy hook', type(memo).__name__)
            return 'dc'
    print(C.deepcopy([D(), D()]))
    memo = {}; x = [1, 2]; y = C.deepcopy(x, memo); print(memo[id(x)] is y, len(memo), memo[id(memo)] == [x])
    cnt = collections.Counter('aab'); cc = C.deepcopy(cnt); print(cc, type(cc).__name__)
    od = collections.OrderedDict(a=[1]); o2 = C.deepcopy(od); print(o2, o2['a'] is od['a'])
    dd = collections.defaultdict(list, a=[1]); e = C.deepcopy(dd); print(e, e['a'] is dd['a'], e.default_factory)
    P = collections.namedtuple('P', 'x y'); p = P(1, [2]); q = C.deepcopy(p); print(q, q.y is p.y, q is p)
    print(C.deepcopy({1, 2}), C.deepcopy(frozenset()), C.deepcopy(len) is len, C.deepcopy(int) is int)
    err(C.deepcopy, (x for x in []))
    ex = KeyError('k'); e = C.deepcopy(ex); print(repr(e), e is ex)
    class S:
        def __init__(self): self.v = [1]
        def __getstate__(self): return {'v': self.v, 'extra': 1}
    s = C.deepcopy(S()); print(s.v, s.extra)
    class Fz:
        def __init__(self): object.__setattr__(self, 'a', 1)
        def __setattr__(self, k, v): raise AttributeError('frozen')
    print(C.deepcopy(Fz()).a, C.copy(Fz()).a)

import copy as _M_copy
print("=== shallow"); shallow(_M_copy)
import copy as _M_copy
print("=== deep"); deep(_M_copy)
