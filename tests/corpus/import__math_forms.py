# Different import forms for the same module.
import math
import math as m
from math import sqrt, pi
from math import floor as fl, ceil
print(math.sqrt(16), m.sqrt(25), sqrt(36), pi == math.pi, m is math)
print(fl(2.7), ceil(2.1), math.floor is fl)
print(type(math).__name__, math.__name__, m.__name__)
import math, sys
print(sys.modules["math"] is math, "math" in sys.modules)
def local_import():
    import math as inner
    from math import e
    return inner.log(e)
print(local_import(), "inner" in dir())
import collections.abc
print(collections.abc.Iterable.__name__)
from os import path
print(type(path).__name__)
try:
    from math import does_not_exist
except ImportError as e:
    print("ImportError:", e.name, str(e).split(" (")[0])
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, isinstance(e, ImportError))
