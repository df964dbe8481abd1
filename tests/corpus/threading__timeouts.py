import threading, time
lock = threading.Lock()
def holder():
    with lock:
        time.sleep(0.2)
t = threading.Thread(target=holder); t.start()
time.sleep(0.01)
t0 = time.perf_counter(); ok = lock.acquire(timeout=0.05); print(ok, round(time.perf_counter() - t0, 2))
ev = threading.Event()
t0 = time.perf_counter(); print(ev.wait(0.1), round(time.perf_counter() - t0, 2))
t0 = time.perf_counter(); t.join(0.05); print(t.is_alive(), round(time.perf_counter() - t0, 2))
t.join(); print(t.is_alive())
c = threading.Condition()
with c:
    t0 = time.perf_counter(); print(c.wait_for(lambda: False, timeout=0.03), round(time.perf_counter() - t0, 2))
s = threading.Semaphore(0)
t0 = time.perf_counter(); print(s.acquire(timeout=0.02), round(time.perf_counter() - t0, 2))
