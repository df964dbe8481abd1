# expect: clean
# The same singleton with double-checked creation under a lock.
import threading

class Config:
    _instance = None
    _lock = threading.Lock()

    def __new__(cls):
        with cls._lock:
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
