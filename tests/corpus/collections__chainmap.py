# collections.ChainMap: lookups through the maps, writes to the first.
import collections
from collections import ChainMap

defaults = {'color': 'red', 'user': 'guest', 'size': 1}
env = {'user': 'alice'}
cli = {}
cm = ChainMap(cli, env, defaults)
print(cm['user'], cm['color'], cm.get('missing'), cm.get('size', 9))
print(len(cm), sorted(cm), list(cm))
print('color' in cm, 'nope' in cm, bool(cm), bool(ChainMap()), bool(ChainMap({}, {})))
print(cm)
print(repr(ChainMap()))
cm['color'] = 'blue'
print(cli, defaults['color'], cm['color'])
del cm['color']
print(cm['color'])
try:
    del cm['user']
except KeyError as e:
    print('KeyError', e)
try:
    cm.pop('size')
except KeyError as e:
    print('KeyError', e)
print(cm.pop('size', 'dflt'))
try:
    ChainMap({}, {'a': 1}).popitem()
except KeyError as e:
    print('KeyError', e)

child = cm.new_child()
child['x'] = 1
print(child, child.maps[0] is not cli)
print(child.parents == cm, child.parents.maps == cm.maps)
kid = cm.new_child({'k': 1}, extra=2)
print(kid.maps[0])
print(cm.new_child(z=3).maps[0])
print(cm.parents)

print(sorted(cm.keys()), sorted(map(str, cm.values())), list(cm.items()))
print(cm.keys(), len(cm.values()))
print(cm == {'user': 'alice', 'color': 'red', 'size': 1}, cm == {})
c2 = cm.copy()
c2['user'] = 'bob'
print(cm['user'], c2['user'], c2.maps[1] is cm.maps[1])
print(ChainMap.fromkeys('ab', 0))
print(ChainMap({'a': 1}) | {'b': 2}, {'b': 2, 'a': 0} | ChainMap({'a': 1}))
merged = ChainMap({'a': 1})
merged |= {'c': 3}
print(merged)
cm.clear()
print(cm.maps[0], len(cm))
print(cm.setdefault('q', 5), cm.maps[0])
cm.update(r=1)
print(cm.maps[0])


class Missing(ChainMap):
    def __missing__(self, key):
        return f'<{key}>'


m = Missing({'a': 1})
print(m['a'], m['b'], m)
loop = ChainMap({})
loop.maps[0]['self'] = loop
print(loop)
print(ChainMap.__module__, ChainMap.__name__, collections.namedtuple.__module__)
print(isinstance(cm, collections.abc.MutableMapping))
