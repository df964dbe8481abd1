# Subclasses of tuple: construction, attributes, everything a tuple does.


class T(tuple):
    pass


t = T([1, 2, 3])
print(t, repr(t), str(t), type(t).__name__, isinstance(t, tuple), issubclass(T, tuple))
print(T.__mro__, T.__bases__, t.__class__ is T)
print(len(t), t[0], t[-1], t[1:], type(t[1:]).__name__, t[::-1], list(t), 2 in t, 5 in t)
a, b, c = t
first, *rest = t
print(a, b, c, first, rest)
print(t == (1, 2, 3), (1, 2, 3) == t, t != (1, 2, 3), t == [1, 2, 3], t < (1, 2, 4), (0,) < t, t >= t)
print(hash(t) == hash((1, 2, 3)), {t: 'v'}[(1, 2, 3)], {(1, 2, 3): 'w'}[t], len({t, (1, 2, 3)}))
print(t + (4,), type(t + (4,)).__name__, (0,) + t, type((0,) + t).__name__, t + t, t * 2, 2 * t, t * 0)
print(t.count(1), t.index(3), bool(T()), bool(t), T() == (), hash(T()) == hash(()))
plain = tuple(t)
print(plain, type(plain).__name__, plain is t, T(t) is t, T(t) == t)

# instance attributes: a tuple subclass without __slots__ has a __dict__
t.label = 'lbl'
print(t.label, t.__dict__, vars(t))

# builtins that take tuples or sequences
print(dict([T(('k', 'v')), ('a', 'b')]), sorted(T([3, 1, 2])), list(zip(t, t)))
print(sum(t), max(t), min(t), list(reversed(t)), list(enumerate(T('ab'))))
print(', '.join(T(['x', 'y'])), '%s-%s-%s' % t, '%d' % T([7]), 'abc'.startswith(T(('x', 'a'))))
print(b'abc'.endswith(T((b'c',))), isinstance(1, T((str, int))), issubclass(bool, T((int,))))
print(f'{t}', '{}'.format(t), format(t), [t], (t,), {'k': t})
try:
    raise KeyError('k')
except T((ValueError, KeyError)) as e:
    print('caught', repr(e))
print(sorted([T([2, 1]), (1, 5), T([1, 2])]))
print(list(map(len, [T(), T('a')])), any(T([0, 1])), all(T()))
print(T(range(3)), T('hi'), T({'a': 1}), T(x * x for x in range(4)))


# __new__ overriding, methods, properties, a __repr__ of its own
class Pair(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    def __repr__(self):
        return f'Pair({self[0]!r}, {self[1]!r})'

    @property
    def x(self):
        return self[0]

    def swap(self):
        return Pair(self[1], self[0])


p = Pair(1, 'b')
print(p, p.x, p.swap(), repr([p]), str(p), p == (1, 'b'), p[1:], type(p.swap()).__name__)


class Vec(tuple):
    def __new__(cls, *items):
        return tuple.__new__(cls, items)

    def __add__(self, other):
        return Vec(*[a + b for a, b in zip(self, other)])

    def __eq__(self, other):
        return isinstance(other, Vec) and tuple(self) == tuple(other)

    __hash__ = tuple.__hash__

    def __len__(self):
        return 99

    def __getitem__(self, i):
        return 'item' + repr(super().__getitem__(i))


v = Vec(1, 2) + Vec(10, 20)
print(tuple.__repr__(v), v == Vec(11, 22), v == (11, 22), len(v), v[0], tuple.__len__(v), hash(v) == hash((11, 22)))
print(list(v), tuple.__getitem__(v, 1), tuple.__add__(v, (1,)), tuple.__contains__(v, 22))


class Init(tuple):
    def __init__(self, items):
        self.n = len(items)


i = Init('abc')
print(i, i.n, T.__new__(T, [5]), type(T.__new__(T)).__name__)


class Sub(T):
    def total(self):
        return sum(self)


s = Sub([1, 2])
print(s, s.total(), isinstance(s, T), type(s + s).__name__, s == T([1, 2]))

# errors, as CPython's
cases = [
    ('t[5]', lambda: t[5]),
    ("t['a']", lambda: t['a']),
    ('t < [1]', lambda: t < [1]),
    ('T(1)', lambda: T(1)),
    ('t + [1]', lambda: t + [1]),
    ('t * 1.5', lambda: t * 1.5),
    ('object.__new__(T)', lambda: object.__new__(T)),
    ('tuple.__new__(int)', lambda: tuple.__new__(int)),
    ('Pair(1)', lambda: Pair(1)),
    ('T([1], [2])', lambda: T([1], [2])),
    ('hash(T([[]]))', lambda: hash(T([[]]))),
    ('tuple.__getitem__([1], 0)', lambda: tuple.__getitem__([1], 0)),
]
for text, f in cases:
    try:
        print(f())
    except Exception as e:
        print(text, '->', type(e).__name__, e)
try:
    class Bad(tuple, dict):
        pass
except TypeError as e:
    print('Bad ->', e)
