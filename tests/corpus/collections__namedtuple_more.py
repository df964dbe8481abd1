# namedtuple classes are tuple subclasses: everything a tuple does, plus fields.
import copy
import functools
from collections import namedtuple

P = namedtuple('P', 'x y')
p = P(1, y=2)
print(p, isinstance(p, tuple), issubclass(P, tuple), P.__bases__, type(p).__name__)
print(p.x, p.y, p[0], p[-1], p[:1], type(p[:1]).__name__, len(p), list(p), 2 in p)
x, y = p
print(x, y, p == (1, 2), (1, 2) == p, p < (1, 3), hash(p) == hash((1, 2)), {p: 1}[(1, 2)])
print(dict([P('k', 'v'), P('a', 'b')]), p + (3,), type(p + (3,)).__name__, p * 2)
print('%s and %s' % p, '{0.x}/{0.y}'.format(p), f'{p!r}', str(p), ', '.join(P('a', 'b')))
print(P._fields, P._field_defaults, P.__match_args__, P.__doc__, P.x.__doc__, P.__name__, P.__qualname__)
print(p._asdict(), p._replace(x=10), P._make([5, 6]), P._make(iter('ab')), p.count(1), p.index(2))
print(sorted([P(2, 1), P(1, 2), (1, 1)]), max(P(1, 9), P(2, 0)), tuple(p), list(zip(*[p, p])))
print(P.__new__.__qualname__, P._make.__qualname__, P.__repr__.__qualname__)

D = namedtuple('D', ['a', 'b', 'c'], defaults=[0, None])
print(D(1), D(1, 2, 3), D._field_defaults, D(a=7, c=9))
R = namedtuple('R', 'ok def ok _x', rename=True)
print(R._fields, R(1, 2, 3, 4))

errors = [
    ('P(1)', lambda: P(1)),
    ('P(1, 2, 3)', lambda: P(1, 2, 3)),
    ('P(1, x=2)', lambda: P(1, x=2)),
    ('P(1, z=2)', lambda: P(1, z=2)),
    ('P._make([1])', lambda: P._make([1])),
    ('p._replace(z=1)', lambda: p._replace(z=1)),
    ('p.x = 3', lambda: setattr(p, 'x', 3)),
    ('p.z = 3', lambda: setattr(p, 'z', 3)),
    ('del p.x', lambda: delattr(p, 'x')),
    ('p[2]', lambda: p[2]),
    ('p + [1]', lambda: p + [1]),
    ("namedtuple('Q', 'a a')", lambda: namedtuple('Q', 'a a')),
    ("namedtuple('Q', 'a _b')", lambda: namedtuple('Q', 'a _b')),
    ("namedtuple('Q', 'a class')", lambda: namedtuple('Q', 'a class')),
]
for text, f in errors:
    try:
        print(f())
    except Exception as e:
        print(text, '->', type(e).__name__, e)


# subclasses: methods, __slots__ = () keeps instances dict-less
class Point(namedtuple('Point', 'x y')):
    __slots__ = ()

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __str__(self):
        return f'Point({self.x}, {self.y}) norm={self.norm}'


pt = Point(3, 4)
print(pt, repr(pt), pt.norm, pt._replace(y=0), type(pt._replace(y=0)).__name__, Point._make([6, 8]).norm)
try:
    pt.z = 1
except AttributeError as e:
    print('AttributeError', e)


class Loose(namedtuple('Loose', 'a')):
    pass


lo = Loose(1)
lo.extra = 'yes'
print(lo, lo.extra, lo.__dict__)

# copy and deepcopy rebuild through __new__
q = P(1, [2])
c, d = copy.copy(q), copy.deepcopy(q)
print(c, d, type(c).__name__, type(d).__name__, c.y is q.y, d.y is q.y, d == q)
lc = copy.copy(lo)
print(lc, lc.extra, type(lc).__name__)


# namedtuples from the standard library are tuples too
@functools.lru_cache(maxsize=4)
def sq(n):
    return n * n


sq(2); sq(2); sq(3)
info = sq.cache_info()
print(info, isinstance(info, tuple), info.hits, tuple(info), info._fields)
