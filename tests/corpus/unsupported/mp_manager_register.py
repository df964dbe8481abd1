# expect-exit: 2
# expect-stderr-contains: registering types with a multiprocessing manager is not supported
from multiprocessing.managers import BaseManager

class Counter:
    pass

BaseManager.register("Counter", Counter)
