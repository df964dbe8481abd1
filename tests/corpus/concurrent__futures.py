from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor, as_completed, wait, FIRST_COMPLETED
import time, threading

def square(x):
    return x * x

def slow(x):
    time.sleep(0.01 * x)
    return x

def fail(x):
    raise ValueError(f"bad {x}")

if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=4) as ex:
        print(list(ex.map(square, range(6))))
        fs = [ex.submit(slow, i) for i in (3, 1, 2)]
        print([f.result() for f in as_completed(fs)])
        f = ex.submit(fail, 1)
        try:
            f.result()
        except ValueError as e:
            print("caught", e, f.done(), repr(f.exception()))
        done, not_done = wait([ex.submit(slow, 5), ex.submit(slow, 0)], return_when=FIRST_COMPLETED)
        print(len(done), len(not_done))
    print(ex._max_workers, len(ex._threads))
    with ProcessPoolExecutor(max_workers=2) as pex:
        print(list(pex.map(square, range(5))))
        try:
            pex.submit(fail, 2).result()
        except ValueError as e:
            print("from process:", e)
    ex2 = ThreadPoolExecutor()
    import os
    print(ex2._max_workers == min(32, os.cpu_count() + 4))
    ex2.submit(print, "left running at exit")
