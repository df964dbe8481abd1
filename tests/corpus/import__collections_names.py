# from-imports of several names; importing again returns the same objects.
from collections import OrderedDict, defaultdict, deque, Counter, namedtuple
import collections
print(OrderedDict is collections.OrderedDict, deque is collections.deque)
print(Counter("aab").most_common(1), deque([1, 2]), defaultdict(int)["x"])
P = namedtuple("P", "a b")
print(P(1, 2), OrderedDict(a=1))
from itertools import chain, islice as take
from functools import reduce
import operator as op
print(list(chain([1], [2])), list(take(range(10), 3)), reduce(op.add, [1, 2, 3]))
import itertools, functools
print(itertools.chain is chain, functools.reduce is reduce)
from typing import List, Dict, Optional, Any, Callable, Tuple, Union, Set
def typed(xs: List[int], m: Dict[str, Any], f: Callable[[int], int], t: Tuple[int, ...]) -> Optional[int]:
    return f(sum(xs)) if xs else None
print(typed([1, 2], {}, lambda v: v * 10, ()), typed([], {}, abs, (1,)))
x: Union[int, str] = 5
s: Set[int] = {1}
print(x, s)
