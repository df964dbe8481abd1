
def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print('->', repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)

def funcs(O):
    print(O.add(1, 2), O.sub(5, 3), O.mul(3, 4), O.truediv(7, 2), O.floordiv(7, 2), O.mod(7, 3), O.pow(2, 10), O.neg(3), O.pos(-3), O.abs(-4))
    print(O.eq(1, 1), O.ne(1, 2), O.lt(1, 2), O.le(2, 2), O.gt(1, 2), O.ge(3, 2), O.not_(0), O.truth([]), O.truth([1]))
    print(O.and_(6, 3), O.or_(6, 3), O.xor(6, 3), O.inv(5), O.invert(5), O.lshift(1, 4), O.rshift(16, 2))
    print(O.concat([1], [2]), O.concat('a', 'b'), O.contains([1, 2], 2), O.countOf([1, 1, 2], 1), O.indexOf('abc', 'c'))
    l = [1, 2, 3]; O.setitem(l, 0, 9); O.delitem(l, 1); print(l, O.getitem(l, -1), O.getitem('abc', slice(1, None)))
    print(O.index(5), O.index(True), O.is_(None, None), O.is_not(1, None), O.iadd([1], [2]), O.imul([1], 3), O.iadd(1, 2))
    print(O.length_hint([1, 2]), O.length_hint(iter([1, 2, 3])), O.length_hint(5, 7), O.call(len, 'abc'))
    print(O.__add__(1, 2), O.__not__(1), O.__getitem__([5], 0))
    err(O.index, 1.5)
    err(O.concat, 1, 2)
    err(O.concat, [1], (2,))
    err(O.indexOf, [1], 5)
    err(O.truediv, 1, 0)
    err(O.add, 1, 'a')
    print(sorted(O.__all__) == sorted(O.__all__), len(O.__all__))
    from functools import reduce
    print(reduce(O.mul, range(1, 6)), list(map(O.neg, [1, -2])))

def getters(O):
    ig = O.itemgetter(1); print(ig, ig([5, 6]), ig('ab'), O.itemgetter(1, 0)('ab'), O.itemgetter('k')({'k': 3}), O.itemgetter(slice(0, 2))('hello'))
    print(O.itemgetter(1, 'a', (1, 2)), O.attrgetter('a.b'), O.attrgetter('x', 'y'), O.methodcaller('f', 1, k=2), O.methodcaller('g'))
    class A: pass
    a = A(); a.x = 1; a.b = A(); a.b.c = 'deep'
    print(O.attrgetter('x')(a), O.attrgetter('b.c')(a), O.attrgetter('x', 'b.c')(a))
    print(O.methodcaller('upper')('abc'), O.methodcaller('split', ',')('a,b'), O.methodcaller('replace', 'a', 'b', 1)('aaa'), O.methodcaller('split', maxsplit=1)('a b c'))
    print(sorted([(1, 'b'), (0, 'c'), (1, 'a')], key=O.itemgetter(1)), sorted(['bb', 'a'], key=O.methodcaller('__len__')))
    err(O.itemgetter)
    err(O.attrgetter)
    err(O.attrgetter, 1)
    err(O.methodcaller)
    err(O.methodcaller, 1)
    err(O.attrgetter('zz'), a)
    err(O.itemgetter(5), [1])

import operator as _M
for t in [funcs, getters]:
    print("=== " + t.__name__)
    t(_M)
import operator as _M_operator
print("=== t"); t(_M_operator)
