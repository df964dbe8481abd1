# collections.OrderedDict.
from collections import OrderedDict
od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od, list(od), list(od.items()))
od.move_to_end("b")
print(od)
od.move_to_end("c", last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
od.update([("x", 9), ("y", 8)])
od["a"] = 100
print(od, list(reversed(od)))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
print(dict(OrderedDict(z=1)), OrderedDict.fromkeys("abc", 0))
try:
    od.move_to_end("missing")
except KeyError as e:
    print("KeyError:", e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
lru = OrderedDict()
for key in ["a", "b", "c", "a", "d", "b", "e"]:
    if key in lru:
        lru.move_to_end(key)
    lru[key] = True
    if len(lru) > 3:
        lru.popitem(last=False)
    print(key, list(lru))
