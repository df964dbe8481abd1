# 1,000 short-lived processes in a Pool: 8 workers, each replaced after
# one task (maxtasksperchild=1), so every task runs in a new process.
import multiprocessing as mp
import os


def task(i):
    return i * i, os.getpid()


if __name__ == "__main__":
    with mp.Pool(8, maxtasksperchild=1) as pool:
        results = pool.map(task, range(1000), chunksize=1)
    print(sum(r[0] for r in results), len({r[1] for r in results}))
