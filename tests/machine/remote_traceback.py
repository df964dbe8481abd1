# An exception raised in a ProcessPoolExecutor worker is re-raised by
# result() with the worker's traceback chained as its cause.
from concurrent.futures import ProcessPoolExecutor

def check(x):
    if x > 2:
        raise ValueError(f"bad input {x}")
    return x

def work(x):
    return check(x) * 10

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        print(ex.submit(work, 1).result())
        f = ex.submit(work, 3)
        e = f.exception()
        print(type(e).__name__, e, type(e.__cause__).__module__, type(e.__cause__).__name__)
        f.result()
