# The classic experiment: CPU-heavy and I/O-heavy jobs on thread and process
# pools with 1, 2 and 4 workers.
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor
import time

def cpu_heavy(n):
    return sum(range(n))

def io_heavy(d):
    time.sleep(d)
    return d

def timed(pool_kind, workers, fn, arg):
    t0 = time.perf_counter()
    with pool_kind(max_workers=workers) as ex:
        list(ex.map(fn, [arg] * 8))
    return time.perf_counter() - t0

if __name__ == "__main__":
    for fn, arg in ((cpu_heavy, 300_000), (io_heavy, 0.05)):
        for kind in (ThreadPoolExecutor, ProcessPoolExecutor):
            times = [timed(kind, w, fn, arg) for w in (1, 2, 4)]
            ups = [times[0] / t for t in times[1:]]
            print(f"{fn.__name__} {kind.__name__} speed-up at 2 and 4 workers: {ups[0]:.2f} {ups[1]:.2f}")
            print(f"  times with 1, 2, 4 workers: {' '.join(f'{t * 1000:.1f}' for t in times)} ms")
