# expect-exit: 2
# expect-stderr-contains: <program>:7:20: 'string.Formatter' (a name CPython's string module has) is not supported
# string.Formatter exists in CPython 3.11 but not in corelab: an unsupported
# stop naming it, not an ImportError.
import string
print(string.Template('$x').substitute(x=1))
from string import Formatter
