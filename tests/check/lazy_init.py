# expect: race, uncaught AssertionError
# Lazy initialisation without a lock: two threads can both create it.
import threading

instance = None
created = 0

def get():
    global instance, created
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
