# functools.cache is an unbounded lru_cache.
from functools import cache
@cache
def ways(n):
    print("computing ways", n)
    if n < 0:
        return 0
    if n == 0:
        return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)
print(ways(5))
print(ways(5), ways(6))
print(ways.cache_info())
@cache
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)
print([partitions(n, n) for n in range(15)])
print(partitions(100, 100), partitions.cache_info().currsize > 0)
class Path:
    @cache
    def expensive(self):
        print("expensive computed")
        return 42
p = Path()
print(p.expensive(), p.expensive())
