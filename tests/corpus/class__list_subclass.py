# Subclasses of list: construction, __init__, mutation, everything a list does.
import copy


class L(list):
    pass


l = L([3, 1, 2])
print(l, repr(l), type(l).__name__, isinstance(l, list), issubclass(L, list), L.__mro__)
print(len(l), l[0], l[-1], l[1:], type(l[1:]).__name__, l[::-1], list(l), 2 in l, bool(L()))
l.append(4)
l.extend([5, 6])
l.insert(0, 0)
print(l, l.pop(), l.pop(0), l)
l.sort()
print(l, l.index(3), l.count(1))
l.reverse()
print(l, list(reversed(l)), sorted(l))
l[0] = 'a'
l[1:3] = ['b', 'c', 'd']
del l[-1]
print(l, len(l))
l.remove('a')
print(l)
l += [7, 8]
print(l, type(l).__name__)
l *= 2
print(l, type(l).__name__)
print(l + [0], type(l + [0]).__name__, [0] + L([1]), type([0] + L([1])).__name__, L([1]) * 2, 2 * L([1]))
print(L([1, 2]) == [1, 2], [1, 2] == L([1, 2]), L([1]) < [2], L([1]) != L([1]), L() == ())
l2 = L([1, 2])
l2.tag = 'x'
print(l2.tag, vars(l2), l2.copy(), type(l2.copy()).__name__)
try:
    hash(l2)
except TypeError as e:
    print('TypeError', e)
print(sum(L([1, 2, 3])), max(L([1, 5])), ','.join(L(['a', 'b'])), dict(L([('k', 'v')])), list(zip(L('ab'), L('cd'))))
print(f'{L([1])}', str(L([1])), '%s' % L([1]), [L([1])], {L([2]).__class__.__name__})


class Stack(list):
    def __init__(self, *items):
        super().__init__(items)
        self.pushes = len(items)

    def push(self, x):
        self.append(x)
        self.pushes += 1

    def peek(self):
        return self[-1]

    def __repr__(self):
        return 'Stack(' + list.__repr__(self) + ')'


s = Stack(1, 2)
s.push(3)
print(s, s.peek(), s.pushes, len(s), s[:2], str(s), list.__len__(s))


class Counted(list):
    def __getitem__(self, i):
        return ('got', super().__getitem__(i))

    def __setitem__(self, i, v):
        super().__setitem__(i, v * 10)

    def __len__(self):
        return 42


c = Counted([1, 2])
c[0] = 5
print(c[0], list(c), len(c), list.__len__(c), list.__getitem__(c, 1))


class Logged(list):
    def append(self, x):
        print('append', x)
        super().append(x)


g = Logged()
g.append(1)
print(g, L.__new__(L, [1, 2]), type(L.__new__(L)).__name__)

# copying keeps the class, the items and the __dict__
l3 = L([1, [2]])
l3.name = 'n'
c1, c2 = copy.copy(l3), copy.deepcopy(l3)
print(c1, c2, type(c1).__name__, type(c2).__name__, c1.name, c1[1] is l3[1], c2[1] is l3[1])
r = L([1])
r.append(r)
print(r)

cases = [
    ('l[99]', lambda: l[99]),
    ("l['a']", lambda: l['a']),
    ('l + (1,)', lambda: l + (1,)),
    ('l * 1.5', lambda: l * 1.5),
    ('L(1)', lambda: L(1)),
    ('L([1], [2])', lambda: L([1], [2])),
    ('object.__new__(L)', lambda: object.__new__(L)),
    ('list.__new__(int)', lambda: list.__new__(int)),
    ('L().pop()', lambda: L().pop()),
    ('L([1]).index(5)', lambda: L([1]).index(5)),
    ('L([1]) < 1', lambda: L([1]) < 1),
]
for text, f in cases:
    try:
        print(f())
    except Exception as e:
        print(text, '->', type(e).__name__, e)
try:
    class Bad(list, tuple):
        pass
except TypeError as e:
    print('Bad ->', e)
