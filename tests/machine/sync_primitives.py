# Output does not depend on timing: CPython prints the same.
import threading, queue, time

q = queue.Queue(maxsize=3)
results = []
def producer():
    for i in range(10):
        q.put(i)
    q.put(None)
def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        results.append(item * item)
        q.task_done()
p = threading.Thread(target=producer); c = threading.Thread(target=consumer)
p.start(); c.start(); p.join(); c.join()
print(results)

counter = 0
lock = threading.Lock()
def add(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1
ts = [threading.Thread(target=add, args=(1000,)) for _ in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print(counter)

barrier = threading.Barrier(3)
order = []
def arrive(i):
    barrier.wait()
    with lock:
        order.append(i)
ts = [threading.Thread(target=arrive, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(order), barrier.broken)

ev = threading.Event()
def setter():
    time.sleep(0.01)
    ev.set()
threading.Thread(target=setter).start()
print(ev.wait(1.0), ev.is_set())

sem = threading.BoundedSemaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
sem.release(); sem.release()
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)

cond = threading.Condition()
box = []
def waiter():
    with cond:
        cond.wait_for(lambda: box)
        box.append("seen")
w = threading.Thread(target=waiter); w.start()
with cond:
    box.append("put")
    cond.notify()
w.join()
print(box)

local = threading.local()
local.x = "main"
def show():
    local.x = "worker"
t = threading.Thread(target=show); t.start(); t.join()
print(local.x)

def boom():
    raise ValueError("in a thread")
t = threading.Thread(target=boom, name="Boomer"); t.start(); t.join()
print("after", t.is_alive())

lq = queue.LifoQueue(); pq = queue.PriorityQueue()
for x in (3, 1, 2):
    lq.put(x); pq.put(x)
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)])
try:
    queue.Queue().get(timeout=0.01)
except queue.Empty:
    print("Empty")
timer_hits = []
tm = threading.Timer(0.01, timer_hits.append, args=("fired",)); tm.start(); tm.join()
print(timer_hits, threading.active_count(), threading.current_thread().name)
