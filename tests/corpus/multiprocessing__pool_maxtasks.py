# Pool(maxtasksperchild=N): a worker exits after N tasks and the pool starts
# a new worker process in its place; an exception in a task comes back with
# the worker's traceback as its cause.
import multiprocessing as mp
import os

def pid_of(x):
    return os.getpid()

def name_of(x):
    return mp.current_process().name.split("-")[0]

def fail(x):
    if x == 2:
        raise KeyError(x)
    return x

if __name__ == "__main__":
    with mp.Pool(2, maxtasksperchild=1) as pool:
        pids = pool.map(pid_of, range(6), chunksize=1)
        print(len(pids), len(set(pids)), os.getpid() in pids)
        print(sorted(set(pool.map(name_of, range(4), chunksize=1))))
    with mp.Pool(2, maxtasksperchild=3) as pool:
        pids = pool.map(pid_of, range(12), chunksize=1)
        print(len(set(pids)) >= 4, max(pids.count(p) for p in pids) <= 3)
    pool = mp.Pool(1, maxtasksperchild=2)
    r = pool.map_async(pid_of, range(5), chunksize=1)
    pool.close()
    pool.join()
    print(len(set(r.get())))
    for bad in (0, -1, 1.5, "2"):
        try:
            mp.Pool(1, maxtasksperchild=bad)
        except ValueError as e:
            print("ValueError", e)
    with mp.Pool(2) as pool:
        try:
            pool.map(fail, range(4))
        except KeyError as e:
            cause = e.__cause__
            print("KeyError", e, type(cause).__module__, type(cause).__name__)
            print(str(cause).startswith('\n"""\nTraceback (most recent call last):'),
                  str(cause).endswith('KeyError: 2\n"""'))
        print(pool.apply(pid_of, (1,)) != os.getpid())
