# The classic figure, as a program to sweep: a pool of WORKERS threads or
# processes (KIND) does TASKS equal jobs, CPU-bound or I/O-bound (WORK).
#
#   corelab sweep examples/sweep_workers.py --cores 4 --gil modern,none \
#       --set KIND=threads,processes --set WORK=cpu,io \
#       --set WORKERS=1,2,4,8 --out sweep-out
#
# Under the GIL a thread pool doing CPU work stays flat however many
# workers it has; a process pool (one GIL each) and free threading
# (--gil none) speed up until the cores run out; sleeping (I/O) work speeds
# up with workers for everyone, cores or not.
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor
import time

WORKERS = 4
KIND = "threads"
WORK = "cpu"
TASKS = 16
CPU_LOOPS = 100_000
IO_SECONDS = 0.02


def cpu_task(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def io_task(seconds):
    time.sleep(seconds)
    return seconds


if __name__ == "__main__":
    pool = ThreadPoolExecutor if KIND == "threads" else ProcessPoolExecutor
    fn, arg = (cpu_task, CPU_LOOPS) if WORK == "cpu" else (io_task, IO_SECONDS)
    t0 = time.perf_counter()
    with pool(max_workers=WORKERS) as ex:
        results = list(ex.map(fn, [arg] * TASKS))
    print(f"{KIND} {WORK} x{TASKS} on {WORKERS} workers: {time.perf_counter() - t0:.3f} s")
