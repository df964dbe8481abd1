# Threading whose output does not depend on timing.
import threading, queue

results = {}
def square(n):
    results[n] = n * n
ts = [threading.Thread(target=square, args=(i,), name=f"sq-{i}") for i in range(5)]
print([t.name for t in ts], [t.is_alive() for t in ts])
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results.items()), [t.is_alive() for t in ts])
print(threading.current_thread().name, threading.active_count(), threading.main_thread().name)
lock = threading.Lock()
print(lock.acquire(), lock.locked(), lock.acquire(blocking=False), lock.acquire(timeout=0.01))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
r = threading.RLock()
print(r.acquire(), r.acquire(), r._is_owned())
r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
t = threading.Thread(target=print)
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError:", e)
t.start(); t.join()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
class Worker(threading.Thread):
    def __init__(self, q):
        super().__init__(daemon=True)
        self.q = q
    def run(self):
        self.q.put(sum(range(100)))
q = queue.Queue()
w = Worker(q); w.start(); print(q.get(), w.daemon, w.name.startswith("Thread-"))
w.join()
q2 = queue.Queue(maxsize=1)
q2.put(1)
try:
    q2.put(2, block=False)
except queue.Full:
    print("Full")
try:
    q2.put(2, timeout=-1)
except ValueError as e:
    print("ValueError:", e)
print(q2.qsize(), q2.full(), q2.get_nowait(), q2.empty())
sq = queue.SimpleQueue(); sq.put("a"); print(sq.get(), sq.empty())
b = threading.Barrier(2, timeout=0.01)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("BrokenBarrierError", b.broken)
