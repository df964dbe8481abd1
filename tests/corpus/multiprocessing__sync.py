import multiprocessing as mp, time

def waiter(ev, q):
    q.put(("got", ev.wait(5)))

def notifier(cond, box):
    with cond:
        box.value = 1
        cond.notify_all()

def nested(lock, q):
    with lock:
        with lock:
            q.put("nested ok")

if __name__ == "__main__":
    q = mp.Queue()
    ev = mp.Event()
    ps = [mp.Process(target=waiter, args=(ev, q)) for _ in range(2)]
    for p in ps: p.start()
    time.sleep(0.05)
    ev.set()
    for p in ps: p.join()
    print(sorted(q.get() for _ in range(2)), ev.is_set(), mp.Event().wait(0.01))
    cond = mp.Condition()
    box = mp.Value('i', 0)
    n = mp.Process(target=notifier, args=(cond, box))
    with cond:
        n.start()
        print(cond.wait_for(lambda: box.value == 1, timeout=5))
    n.join()
    r = mp.RLock()
    p = mp.Process(target=nested, args=(r, q)); p.start(); p.join(); print(q.get())
    v = mp.Value('i', 0)
    def add(v):
        for _ in range(100):
            with v.get_lock():
                v.value += 1
    ps = [mp.Process(target=add, args=(v,)) for _ in range(3)]
    for p in ps: p.start()
    for p in ps: p.join()
    print(v.value)
