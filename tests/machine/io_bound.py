import threading, time, queue
def run(workers):
    q = queue.Queue()
    for _ in range(16):
        q.put(0.05)
    def worker():
        while True:
            try:
                d = q.get_nowait()
            except queue.Empty:
                return
            time.sleep(d)
    t0 = time.perf_counter()
    ts = [threading.Thread(target=worker) for _ in range(workers)]
    for t in ts: t.start()
    for t in ts: t.join()
    return time.perf_counter() - t0
one = run(1)
sixteen = run(16)
print(f"1 worker {one:.3f} s, 16 workers {sixteen:.3f} s, speed-up {one/sixteen:.1f}x")
