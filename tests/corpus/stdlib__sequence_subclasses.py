# Tuple and list subclass instances passed to stdlib functions and builtins.
import random, heapq, bisect
class L(list): pass
class T(tuple): pass
random.seed(1)
l = L(range(10))
random.shuffle(l)
print(l, random.choice(l), random.choice(T((1, 2))), random.sample(l, 2), random.sample(T(range(5)), 2))
h = L()
heapq.heappush(h, 3); heapq.heappush(h, 1)
print(h, heapq.heappop(h))
b = L([1, 3])
bisect.insort(b, 2)
print(b, bisect.bisect(T((1, 2, 3)), 2))
print(min(L([3, 1])), list(map(str, T((1, 2)))), set(L([1, 1])), frozenset(T((1,))), tuple(L([1])), list(T((1,))))
print(*T((1, 2)), *L([3]))
def f(*a, **k): return a, k
print(f(*T((1, 2))), f(**dict(L([('a', 1)]))))
import itertools
print(list(itertools.chain(T((1,)), L([2]))), list(itertools.product(T((1, 2)), repeat=1)))
