# Small public names of random, types and sys.
import random
import sys
import types

print(random.TWOPI, random.LOG4, random.NV_MAGICCONST, random.SG_MAGICCONST)
print(random.BPF, random.RECIP_BPF)
print(types.EllipsisType, types.NotImplementedType, types.EllipsisType is type(...))
print(isinstance(NotImplemented, types.NotImplementedType))
s = 'abc' + str(1)
print(sys.intern(s) == 'abc1', sys.intern(s) is sys.intern(s))
try:
    sys.intern(1)
except TypeError as e:
    print(e)
print(sys.getdefaultencoding(), sys.getfilesystemencoding())
try:
    random.no_such_name
except AttributeError as e:
    print(e)
try:
    from types import NoSuchType
except ImportError as e:
    print(type(e).__name__, e.name)
