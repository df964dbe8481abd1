"""Why threads speed up waiting but not computing (try --gil none / legacy)."""
import threading
import time


def countdown(n):
    while n > 0:
        n -= 1


def timed(label, fn):
    t0 = time.perf_counter()
    fn()
    dt = time.perf_counter() - t0
    print(f"{label:<36} {dt * 1000:8.1f} ms")
    return dt


def in_threads(target, args, k):
    ts = [threading.Thread(target=target, args=args) for _ in range(k)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()


N = 400_000
cpu1 = timed("CPU work, 1 thread", lambda: countdown(2 * N))
cpu2 = timed("same CPU work split over 2 threads", lambda: in_threads(countdown, (N,), 2))
io1 = timed("4 sleeps of 20 ms, 1 thread", lambda: [time.sleep(0.02) for _ in range(4)])
io4 = timed("4 sleeps of 20 ms, 4 threads", lambda: in_threads(time.sleep, (0.02,), 4))
print(f"threads speed-up: CPU work {cpu1 / cpu2:.2f}x, waiting {io1 / io4:.2f}x")
