# expect: clean
# Double-checked under a lock: the second check is inside the lock.
import threading

instance = None
created = 0
lock = threading.Lock()

def get():
    global instance, created
    with lock:
        if instance is None:
            created += 1
            instance = object()
    return instance

ts = [threading.Thread(target=get) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
assert created == 1, f"created {created} times"
