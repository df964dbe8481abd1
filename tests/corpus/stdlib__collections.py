
def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print('->', repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)

def counter(C):
    Counter = C.Counter
    c = Counter('abracadabra')
    print(c, c.most_common(2), c.most_common(), c.most_common(0), list(c.elements()))
    print(repr(Counter()), Counter(a=-1), +Counter(a=-1, b=2), -Counter(a=-1, b=2))
    print(c['zz'], 'zz' in c, c.total(), len(c))
    c.update('zzz'); c.update({'a': 10}); c.update(q=2); print(c)
    c.subtract('aaa'); c.subtract({'q': 5}); c.subtract(z=1); print(c)
    c.__delitem__('nothere'); c.__delitem__('q'); print(c)
    print(Counter('aab') + Counter('bcc'), Counter('aab') - Counter('bcc'),
          Counter('aab') | Counter('bcc'), Counter('aab') & Counter('bcc'))
    print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1),
          Counter(a=3) > Counter(a=2), Counter(a=1) >= Counter(), Counter(a=1) != Counter(a=2))
    print(Counter(a=1) == {'a': 1}, {'a': 1} == Counter(a=1))
    err(Counter.fromkeys, 'ab')
    print(Counter({'a': 'x'}))
    d = Counter(a=3, b=1); d += Counter(a=-5, c=2); print(d)
    d -= Counter(c=1, e=3); print(d)
    d |= Counter(b=7, f=-1); print(d)
    d &= Counter(b=2, c=10); print(d)
    print(Counter([1, 2, 2, 3, 3, 3]).most_common(2), sorted(Counter('hello').items()))
    print(dict(Counter('aab')), Counter('cab').copy(), type(Counter('a').copy()).__name__)
    class Sub(Counter): pass
    print(Sub('xyy'), Sub('xyy').copy())
    print(Counter({'b': 1, 'a': 1, 'c': 2}))
    e = Counter(); e['x'] += 1; e['y'] -= 1; print(e, +e, -e)
    err(lambda: Counter('a') + 1)
    print(Counter(['a', 'b', 'a'], ), Counter(a=1, b=2, c=1).most_common(1))
    print(list(Counter(a=2, b=0, c=-1, d=1).elements()))

def ordered(C):
    OD = C.OrderedDict
    o = OD(a=1, b=2, c=3)
    print(o, OD(), repr(OD([('x', 1)])))
    o.move_to_end('a'); print(o)
    o.move_to_end('a', last=False); print(o)
    o.move_to_end('c', False); print(o, list(o), list(reversed(o)))
    err(o.move_to_end, 'zz')
    print(o.popitem(), o.popitem(last=False), o)
    err(OD().popitem)
    p = OD(a=1, b=2); q = OD(b=2, a=1)
    print(p == q, p == dict(q), dict(q) == p, p != q, p == OD(a=1, b=2))
    print(p | {'c': 3}, {'c': 3} | p, type({'c': 3} | p).__name__)
    p |= {'z': 0}; print(p, p.copy(), type(p.copy()).__name__)
    print(OD.fromkeys('ab'), OD.fromkeys('ab', 0))
    p['a'] = 5; print(p, p.pop('a'), p.setdefault('k', 9), p)
    p.update([('m', 1)], n=2); print(p, list(p.items()), list(p.keys()), list(p.values()))
    print(isinstance(p, dict), len(p), 'm' in p, p.get('m'))
    del p['m']; print(p)
    class S(OD): pass
    print(S(a=1), S())
    err(lambda: hash(OD()))

def dd(C):
    DD = C.defaultdict
    d = DD(list); d[1].append(2); d[2]; print(d, DD(None), DD(), DD(int, a=1), DD(int, {'b': 2}))
    print(d.default_factory, d[3], d)
    err(DD(None).__getitem__, 'k')
    try:
        DD()['k']
    except KeyError as e:
        print('KeyError', repr(e))
    err(DD, 5)
    class Sub(DD): pass
    print(Sub(int), Sub(int, x=1))
    c = d.copy(); print(c, type(c).__name__, c.default_factory)
    print(d | {9: 9}, type(d | {9: 9}).__name__, {9: 9} | d)
    x = DD(int); x['a'] += 1; x['b'] += 2; print(x, dict(x), x.get('zz'), 'zz' in x)
    print(isinstance(x, dict), DD(str)['q'] == '')
    y = DD(lambda: 'v'); print(y['a'], len(y))
    n = DD(lambda: DD(int)); n['a']['b'] += 1; print(n['a'])

def nt(C):
    nt = C.namedtuple
    P = nt('P', 'x y')
    p = P(1, 2)
    print(p, P(x=3, y=4), P(5, y=6), p.x, p.y, p[0], p[-1], p[:1], len(p), list(p), tuple(p))
    a, b = p; print(a, b)
    print(p == (1, 2), (1, 2) == p, p != (1, 2), hash(p) == hash((1, 2)), p < (1, 3), p > (0, 9), p <= (1, 2), p >= (1, 2))
    print(p + (3,), (0,) + p, p * 2, 2 * p, p[::-1], 1 in p, 9 in p, p.count(1), p.index(2))
    print(P._fields, P._field_defaults, P.__doc__, P.__name__, P.__match_args__)
    print(p._asdict(), p._replace(x=10), P._make([7, 8]), p._make((1, 2)) == p)
    err(setattr, p, 'x', 3)
    err(setattr, p, 'z', 3)
    err(P._make, [1])
    err(p._replace, z=1)
    for args, kw in [((), {}), ((1, 2, 3), {}), ((1,), {'z': 1}), ((1,), {'x': 1}), ((1, 2, 3), {'x': 1}), ((1, 2, 3), {'w': 1})]:
        err(P, *args, **kw)
    Q = nt('Q', ['a', 'b', 'c'], defaults=[5, 6])
    print(Q(1), Q(1, 2), Q(1, c=9), Q._field_defaults)
    for args, kw in [((), {}), ((1, 2, 3, 4), {}), ((), {'b': 1})]:
        err(Q, *args, **kw)
    R = nt('R', 'a, b  c')
    for args, kw in [((), {}), ((1,), {}), ((1, 2, 3, 4), {}), ((1,), {'c': 1, 'w': 2})]:
        err(R, *args, **kw)
    print(nt('Z', 'abc def class _x abc', rename=True)._fields)
    err(nt, 'Z', 'a class')
    err(nt, 'Z', 'a _b')
    err(nt, 'Z', 'a a')
    err(nt, 'Z', 'a 1b')
    err(nt, '1Z', 'a')
    err(nt, 'Z', 'a', defaults=[1, 2])
    err(nt, 'Z', ['a', 3])
    E = nt('E', '')
    print(E(), len(E()), E() == ())
    class Pt(nt('Pt', 'x y')):
        def norm(self):
            return self.x ** 2 + self.y ** 2
    pt = Pt(3, 4); print(pt.norm(), pt, Pt._make([1, 1]))
    print(sorted([P(2, 1), P(1, 5), P(1, 2)]), max(P(1, 2), P(1, 3)))
    print({P(1, 2): 'a'}[P(1, 2)])
    print(P(1, 2) == Q(1, 2, 5)[:2], P(1, [2]))
    print(dict([P('k', 'v')]), '{} {}'.format(*p), P(*range(2)), P(**{'x': 1, 'y': 2}))
    for x in P('a', 'b'): print(x)
    print(str(p), f'{p}', [p])
    err(lambda: p < 1)
    print(nt('T', ('u', 'v'))(1, 2), nt('T2', iter(['u']))(1))

def dq(C):
    d = C.deque([1, 2, 3]); d.appendleft(0); print(d, d.popleft())

import collections as _M
for t in [counter, ordered, dd, nt, dq]:
    print("=== " + t.__name__)
    t(_M)
import collections as _M_collections
print("=== t"); t(_M_collections)
