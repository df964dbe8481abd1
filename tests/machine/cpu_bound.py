import threading, time, sys
N = int(sys.argv[1]) if len(sys.argv) > 1 else 2_000_000
def countdown(n):
    while n > 0:
        n -= 1
t0 = time.perf_counter()
countdown(N)
seq = time.perf_counter() - t0
t0 = time.perf_counter()
ts = [threading.Thread(target=countdown, args=(N // 2,)) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
par = time.perf_counter() - t0
print(f"sequential {seq:.4f} s, 2 threads {par:.4f} s, ratio {par/seq:.2f}")
