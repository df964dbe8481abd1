# collections.UserDict, UserList and UserString: wrappers around .data.
import copy
from collections import UserDict, UserList, UserString
from collections import *


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


class Defaulting(UserDict):
    def __missing__(self, key):
        return len(key)


d = LowerDict({'A': 1}, B=2)
d['C'] = 3
print(d, d.data, len(d), 'a' in d, 'A' in d, list(d), d.get('z', 0))
print(d == {'a': 1, 'b': 2, 'c': 3}, isinstance(d, UserDict), repr(UserDict()))
print(Defaulting()['abc'], Defaulting(x=1)['x'])
try:
    UserDict()['nope']
except KeyError as e:
    print('KeyError', e)
u = UserDict(a=1)
print(u | {'b': 2}, {'z': 0} | u, type(u | u).__name__)
u |= {'c': 3}
print(u, u.copy(), type(d.copy()).__name__, d.copy() == d)
c = copy.copy(d)
c['Q'] = 9
print(sorted(c), sorted(d))
print(UserDict.fromkeys('xy', 7), u.pop('a'), u.setdefault('k', 'v'), u)
del u['k']
print(u, sorted(u.items()), list(u.keys()), list(u.values()))

ul = UserList([3, 1, 2])
ul.append(5)
ul.extend(UserList([0]))
ul.insert(0, 9)
print(ul, len(ul), ul[1], ul[1:3], type(ul[1:3]).__name__)
ul.sort()
print(ul, ul.pop(), ul.pop(0), ul.index(2), ul.count(3), 3 in ul)
ul.reverse()
print(ul, ul + [7], [7] + ul, ul * 2, 2 * ul, ul == [3, 2, 1], ul < [4], ul > UserList([1]))
ul += (8,)
ul *= 2
print(ul, UserList(), UserList('ab'), UserList(ul) == ul, ul.copy() is not ul)
ul.remove(8)
del ul[0]
ul[0] = 'x'
print(ul, list(reversed(ul)), sorted(UserList([2, 1])))
ul.clear()
print(ul, bool(ul))

s = UserString('Hello')
print(s, repr(s), len(s), s[1], s[1:3], type(s[1:3]).__name__, 'ell' in s)
print(s.upper(), type(s.upper()).__name__, s.lower(), s.center(9, '*'), s.zfill(7))
print(s.replace('l', 'L', 1), s.split('l'), s.find('l'), s.count('l'), s.startswith('He'))
print(s + '!', '>' + s, s * 2, s == 'Hello', s < 'World', hash(s) == hash('Hello'))
print(UserString(12) + UserString('3'), int(UserString('42')), float(UserString('1.5')))
print(UserString('%s-%s') % ('a', 'b'), s.isalpha(), s.strip('Ho'), s.join(['1', '2']))
print(s.expandtabs(tabsize=4), s.partition('l'), s.encode(), s.title(), str(s) is not None)
print(UserString('a b').split(maxsplit=1), sorted([UserString('b'), UserString('a')]))
print(UserDict.__module__, UserList.__name__, UserString.__qualname__, UserDict)
