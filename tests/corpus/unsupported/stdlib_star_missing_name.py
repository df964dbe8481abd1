# expect-exit: 2
# expect-stderr-contains: <program>:8:5: 'Formatter' (which `from string import *` binds under CPython) is not supported
# `from string import *` binds Formatter under CPython; corelab lacks it, so
# a use is an unsupported stop rather than a NameError.
from string import *
print(capwords('a b'))
try:
    Formatter
except NameError:
    print('NameError')
