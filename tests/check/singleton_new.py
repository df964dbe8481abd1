# expect: race, uncaught AssertionError
# A singleton whose __new__ checks and creates without a lock: two threads
# can both see no instance and build two.
import threading

class Config:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

seen = []

def worker():
    seen.append(Config())

ts = [threading.Thread(target=worker) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
assert seen[0] is seen[1], "two singletons"
