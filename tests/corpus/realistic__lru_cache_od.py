"""An LRU cache built on OrderedDict, with statistics and a memoizing decorator."""
from collections import OrderedDict
import functools


class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = self.evictions = 0

    def get(self, key, default=None):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return default

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            old, _ = self.data.popitem(last=False)
            self.evictions += 1
            print(f"  evict {old!r}")

    def __contains__(self, key):
        return key in self.data

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        items = ", ".join(f"{k!r}: {v!r}" for k, v in self.data.items())
        return f"LRUCache({self.capacity}, {{{items}}})"

    @property
    def ratio(self):
        total = self.hits + self.misses
        return self.hits / total if total else 0.0


def memoize(capacity):
    def deco(fn):
        cache = LRUCache(capacity)

        @functools.wraps(fn)
        def wrapper(*args):
            hit = cache.get(args, wrapper)
            if hit is not wrapper:
                return hit
            result = fn(*args)
            cache.put(args, result)
            return result

        wrapper.cache = cache
        return wrapper
    return deco


c = LRUCache(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    c.put(k, v)
print(c, len(c))
print(c.get("a"), c.get("zz", "missing"))
c.put("d", 4)
c.put("b", 20)
c.put("e", 5)
print(c, "a" in c, "c" in c)
print(f"hits={c.hits} misses={c.misses} evictions={c.evictions} ratio={c.ratio:.2%}")


@memoize(capacity=50)
def paths(r, col):
    """Lattice paths to (r, col)."""
    if r == 0 or col == 0:
        return 1
    return paths(r - 1, col) + paths(r, col - 1)


print(paths(10, 10), paths.__name__, paths.__doc__)
print(paths.cache.hits, paths.cache.misses, len(paths.cache))
try:
    LRUCache(0)
except ValueError as e:
    print("error:", e)


@functools.lru_cache(maxsize=None)
def collatz(n):
    return 0 if n == 1 else 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)


best = max(range(1, 3000), key=collatz)
print(best, collatz(best), collatz.cache_info())
