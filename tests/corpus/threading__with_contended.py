# `with lock:` when another thread holds the lock: the builtin __enter__
# waits, and BeforeWith is re-run after the wait (a regression: the re-run
# once found the __exit__ method where the lock should be).
import threading
import time

lock = threading.Lock()
order = []

def worker(n):
    with lock:
        order.append(n)
        time.sleep(0.01)
        order.append(n)

threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
pairs = [order[i] == order[i + 1] for i in range(0, len(order), 2)]
print(len(order), all(pairs))
