# ProcessPoolExecutor: max_tasks_per_child (workers replaced), initializer,
# and an exception from a worker re-raised by result() with the remote
# traceback as its cause (uncaught at the end).
from concurrent.futures import ProcessPoolExecutor
import multiprocessing as mp
import os

greeting = "unset"

def init(word):
    global greeting
    greeting = word

def hello(x):
    return f"{greeting} {x}"

def pid(x):
    return os.getpid()

def boom(x):
    raise ValueError(f"bad input {x}")

if __name__ == "__main__":
    with ProcessPoolExecutor(2, max_tasks_per_child=1) as ex:
        pids = list(ex.map(pid, range(5)))
    print(len(set(pids)), os.getpid() in pids)
    with ProcessPoolExecutor(2, mp_context=mp.get_context("forkserver"),
                             max_tasks_per_child=1) as ex:
        print(len(set(ex.map(pid, range(4)))))
    for kw in ({"max_tasks_per_child": 0}, {"max_tasks_per_child": "1"},
               {"max_tasks_per_child": 1, "mp_context": mp.get_context("fork")},
               {"initializer": 5}):
        try:
            ProcessPoolExecutor(1, **kw)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    with ProcessPoolExecutor(2, initializer=init, initargs=("hi",)) as ex:
        print(list(ex.map(hello, [1, 2])))
    with ProcessPoolExecutor(1) as ex:
        f = ex.submit(boom, 3)
        print(repr(f.exception()), type(f.exception().__cause__).__name__)
        f.result()
