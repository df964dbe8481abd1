from collections import Counter, defaultdict, deque, namedtuple, OrderedDict
import itertools, functools, operator, heapq, bisect, copy
c = Counter("abracadabra"); print(c.most_common(2), c["a"], c)
d = defaultdict(list); d["x"].append(1); print(d, dict(d))
q = deque([1, 2, 3], maxlen=3); q.append(4); q.appendleft(0); print(q, q.popleft())
P = namedtuple("P", "x y"); p = P(1, 2); print(p, p.x, p._replace(y=5), p._asdict())
print(list(itertools.permutations([1, 2, 3], 2)), list(itertools.islice(itertools.count(5), 3)))
print(list(itertools.chain([1], [2, 3])), list(itertools.accumulate([1, 2, 3])), [list(g) for k, g in itertools.groupby("aabbc")])
print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.partial(pow, 2)(10))
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), fib.cache_info())
h = [5, 1, 4]; heapq.heapify(h); heapq.heappush(h, 0); print(h, heapq.heappop(h), heapq.nlargest(2, [3, 9, 1]))
print(bisect.bisect_left([1, 2, 4], 3), copy.deepcopy([[1], [2]]))
od = OrderedDict(a=1, b=2); od.move_to_end("a"); print(od)
from dataclasses import dataclass, field
@dataclass
class Pt:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
print(Pt(1), Pt(1, 2) == Pt(1, 2))
from contextlib import contextmanager, suppress
@contextmanager
def cm():
    print("in"); yield 5; print("out")
with cm() as v: print(v)
with suppress(KeyError): {}["x"]
print("done")
