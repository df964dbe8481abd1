# Modules are cached: importing twice gives the same object; attributes can be set.
import math
import math as again
print(math is again)
math.custom_attr = "set by program"
import math as third
print(third.custom_attr)
import random, collections, itertools, functools, operator, heapq, bisect, copy
for mod in [random, collections, itertools, functools, operator, heapq, bisect, copy]:
    print(mod.__name__, type(mod).__name__)
import sys
print(type(sys.modules).__name__, "random" in sys.modules)
print(hasattr(math, "sqrt"), callable(getattr(math, "sqrt")), getattr(math, "nope", "missing"))
