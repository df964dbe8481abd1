# expect: clean
import threading

lock = threading.RLock()
count = 0

def inc():
    global count
    with lock:
        with lock:
            count += 1

ts = [threading.Thread(target=inc) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
assert count == 2
