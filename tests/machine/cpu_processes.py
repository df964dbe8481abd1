# The seed note's lesson: CPU-bound work speeds up with processes (each has
# its own GIL), not with threads.
import multiprocessing as mp, threading, time

def countdown(n):
    while n > 0:
        n -= 1

def timed(kind, workers, n):
    t0 = time.perf_counter()
    ws = [kind(target=countdown, args=(n // workers,)) for _ in range(workers)]
    for w in ws: w.start()
    for w in ws: w.join()
    return time.perf_counter() - t0

if __name__ == "__main__":
    N = 2_000_000
    t0 = time.perf_counter(); countdown(N); alone = time.perf_counter() - t0
    print(f"threads speed-up {alone / timed(threading.Thread, 2, N):.2f}")
    print(f"processes speed-up {alone / timed(mp.Process, 2, N):.2f}")
