"""corelab demo: the same CPU-bound or I/O-bound work done sequentially,
with 4 threads, and with 4 processes.

Run it yourself, under corelab or real CPython:
    corelab run --cores 4 demo.py cpu threads
    python3 demo.py io processes
"""
import multiprocessing
import sys
import threading
import time

WORKERS = 4


def cpu_job(n):
    """Pure-Python arithmetic: the thread holds the GIL all along."""
    total = 0
    for i in range(n):
        total += i * i
    return total


def io_job(seconds):
    """Waiting (like a network call or a disk read): releases the GIL."""
    time.sleep(seconds)


JOBS = {"cpu": (cpu_job, 150_000), "io": (io_job, 0.05)}


def main():
    kind = sys.argv[1] if len(sys.argv) > 1 else "cpu"
    how = sys.argv[2] if len(sys.argv) > 2 else "sequential"
    job, arg = JOBS[kind]
    start = time.perf_counter()
    if how == "sequential":
        for _ in range(WORKERS):
            job(arg)
    else:
        make = threading.Thread if how == "threads" else multiprocessing.Process
        workers = [make(target=job, args=(arg,)) for _ in range(WORKERS)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
    print(f"{kind} {how}: {time.perf_counter() - start:.3f} s")


if __name__ == "__main__":
    main()
