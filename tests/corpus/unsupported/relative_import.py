# expect-exit: 2
# expect-stderr-contains: relative imports
from . import x
