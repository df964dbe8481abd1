
def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print('->', repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)
import random

def heaps(H):
    rnd = random.Random(7)
    for size in [0, 1, 2, 5, 10, 33, 100, 3000]:
        data = [rnd.randrange(50) for _ in range(size)]
        h = list(data); H.heapify(h); print(size, h[:40], sum(h))
        h2 = []
        for x in data: H.heappush(h2, x)
        print(h2[:40])
        out = [H.heappop(h2) for _ in range(min(10, len(h2)))]; print(out, h2[:20])
        if h:
            print(H.heapreplace(h, 25), h[:20], H.heappushpop(h, 3), H.heappushpop(h, 40), h[:20])
    h = [(1, 'b'), (1, 'a'), (0, 'z')]; H.heapify(h); print(h)
    print(H.heappushpop([], 5))
    err(H.heappop, [])
    err(H.heapreplace, [], 1)
    err(H.heappush, (), 1)
    err(H.heapify, 'abc')
    err(H.heappush, [1], 'a')
    data = [rnd.random() for _ in range(50)]
    print(H.nlargest(3, data) == sorted(data)[-3:][::-1], H.nsmallest(5, data) == sorted(data)[:5])
    words = ['bb', 'a', 'cc', 'd', 'eee', 'ff']
    for n in [-1, 0, 1, 2, 3, 10]:
        print(n, H.nlargest(n, words, key=len), H.nsmallest(n, words, key=len), H.nlargest(n, iter([3, 1, 2])), H.nsmallest(n, [3, 1, 2]))
    print(H.nlargest(2, []), H.nsmallest(1, []), H.nlargest(1, [], key=len))
    print(list(H.merge([1, 3, 5], [2, 4, 6], [0, 7])), list(H.merge()), list(H.merge([], [1])))
    print(list(H.merge(['a', 'bb', 'ccc'], ['B', 'DD'], key=len)), list(H.merge([5, 3, 1], [4, 2], reverse=True)))
    print(list(H.merge([(1, 'x')], [(1, 'y')], key=lambda t: t[0])), list(H.merge(['b', 'c'], ['a', 'b'], key=str.lower, reverse=False)))
    print(list(H.merge([3, 1], [3, 2], key=lambda v: v, reverse=True)))

def bis(B):
    a = [1, 2, 2, 2, 3, 5]
    for x in [0, 1, 2, 2.5, 5, 6]:
        print(x, B.bisect_left(a, x), B.bisect_right(a, x), B.bisect(a, x), B.bisect_left(a, x, 2), B.bisect_right(a, x, 0, 3))
    b = []
    for x in [5, 1, 3, 3, 9]: B.insort(b, x)
    B.insort_left(b, 3); B.insort_right(b, 4); print(b)
    recs = [('a', 1), ('b', 3), ('c', 5)]
    print(B.bisect_left(recs, 3, key=lambda r: r[1]), B.bisect_right(recs, 3, key=lambda r: r[1]))
    B.insort(recs, ('d', 3), key=lambda r: r[1]); B.insort_left(recs, ('e', 3), key=lambda r: r[1]); print(recs)
    err(B.bisect, a, 1, -1)
    err(B.insort, a, 1, -1)
    print(B.bisect_left(a, 2, 10), B.bisect_right('abcd', 'c'))

import heapq as _M_heapq
print("=== heaps"); heaps(_M_heapq)
import bisect as _M_bisect
print("=== bis"); bis(_M_bisect)
