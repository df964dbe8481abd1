# A bounded multiprocessing.Queue: put blocks when full, raises queue.Full
# on a timeout or with block=False, and a putter in another process wakes
# when the consumer takes an item.
import multiprocessing as mp
import queue
import time

def producer(q, n):
    for i in range(n):
        q.put(i)          # blocks while the queue holds 2 items
    q.put(None)

def putter(q, done):
    q.put("late")         # waits for a free place
    done.put(time.monotonic())

if __name__ == "__main__":
    q = mp.Queue(maxsize=2)
    print(q.empty(), q.full(), q.qsize())
    q.put("a"); q.put("b")
    print(q.full(), q.qsize())
    try:
        q.put("c", block=False)
    except queue.Full as e:
        print("Full (no wait)", type(e).__name__, repr(e))
    t0 = time.monotonic()
    try:
        q.put("c", timeout=0.2)
    except queue.Full:
        print("Full after", round(time.monotonic() - t0, 1), "s")
    try:
        q.put_nowait("c")
    except queue.Full:
        print("put_nowait Full")
    done = mp.Queue()
    p = mp.Process(target=putter, args=(q, done))
    p.start()
    time.sleep(0.3)
    print("putter still blocked:", done.empty(), q.qsize())
    taken = time.monotonic()
    print(q.get(), q.get())
    woke = done.get()
    print("putter woke after the get:", woke >= taken, q.get())
    p.join()
    p = mp.Process(target=producer, args=(q, 6))
    p.start()
    got = []
    while True:
        item = q.get()
        if item is None:
            break
        got.append(item)
    p.join()
    print(got, q.empty(), p.exitcode)
    q0 = mp.Queue(0)
    for i in range(100):
        q0.put(i)
    print(q0.full(), q0.qsize())
