# Manager(): Queue, Lock, Event, Value and Namespace proxies used from child
# processes (forked and spawned); blocking calls block only their caller.
import multiprocessing as mp
import queue

def worker(q, lock, ev, val, ns, i):
    ev.wait()                       # blocks in the manager for this client only
    with lock:
        val.value = val.value + i
        ns.total = ns.total + i
    q.put(("done", i))

def slow_get(q, out):
    out.put(q.get(timeout=5))

if __name__ == "__main__":
    with mp.Manager() as m:
        q, lock, ev = m.Queue(), m.Lock(), m.Event()
        val, ns = m.Value("i", 0), m.Namespace(total=0, label="sum")
        print(type(q).__name__, type(lock).__name__, type(ev).__name__,
              type(val).__name__, type(ns).__name__)
        print(val, ns, ev.is_set())
        ps = [mp.Process(target=worker, args=(q, lock, ev, val, ns, i)) for i in range(1, 4)]
        ps.append(mp.get_context("spawn").Process(target=worker,
                                                  args=(q, lock, ev, val, ns, 10)))
        for p in ps:
            p.start()
        print("before set:", q.qsize(), q.empty())
        ev.set()
        got = sorted(q.get() for _ in ps)
        for p in ps:
            p.join()
        print(got, val.value, ns.total, ns.label, val.get())
        val.set(7)
        ns.extra = [1, 2]
        print(val, ns)
        del ns.extra
        try:
            ns.extra
        except AttributeError as e:
            print("AttributeError", e)
        try:
            q.get(timeout=0.05)
        except queue.Empty:
            print("Empty")
        out = m.Queue()
        p = mp.Process(target=slow_get, args=(q, out))
        p.start()
        q.put("handed over")
        print(out.get())
        p.join()
        print(lock.acquire(), lock.acquire(False), lock.release())
        sem = m.BoundedSemaphore(2)
        print(sem.acquire(), sem.acquire(), sem.acquire(timeout=0.01))
        d = m.dict(a=1)
        d["b"] = 2
        print(sorted(d.items()), len(m.list(range(3))))
