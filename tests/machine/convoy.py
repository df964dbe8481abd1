import threading, time, sys
if len(sys.argv) > 1:
    sys.setswitchinterval(float(sys.argv[1]))
def io_task():
    for _ in range(100):
        time.sleep(0.001)
def spin(stop):
    while not stop.is_set():
        pass
t0 = time.perf_counter(); io_task(); alone = time.perf_counter() - t0
stop = threading.Event()
s = threading.Thread(target=spin, args=(stop,)); s.start()
t0 = time.perf_counter(); io_task(); busy = time.perf_counter() - t0
stop.set(); s.join()
print(f"alone {alone:.3f} s, next to a CPU-bound thread {busy:.3f} s, ratio {busy/alone:.1f}")
