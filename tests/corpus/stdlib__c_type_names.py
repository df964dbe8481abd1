# Types CPython implements in C are named by their module-qualified tp_name
# in error messages, while __name__, __qualname__ and repr stay short.
import collections, functools, itertools, operator, queue
objs = [collections.OrderedDict(), collections.defaultdict(int), functools.partial(print),
        operator.itemgetter(1), operator.attrgetter("a"), operator.methodcaller("a"),
        itertools.count(), itertools.repeat(1), queue.SimpleQueue(), collections.Counter()]
for o in objs:
    t = type(o)
    try:
        o + 1
    except TypeError as e:
        print(t.__name__, t.__qualname__, "|", e)
for o in (collections.OrderedDict(), collections.defaultdict(list)):
    try:
        {o: 1}
    except TypeError as e:
        print(e)
class MyOD(collections.OrderedDict):
    pass
try:
    {MyOD(): 1}
except TypeError as e:
    print(e)
try:
    {functools.cmp_to_key(lambda a, b: 0)(1): 2}
except TypeError as e:
    print(e)
