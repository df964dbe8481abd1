# expect: clean
# A ThreadPoolExecutor that is never shut down: its worker waits for more
# work when the main thread ends. CPython's threading._shutdown() runs
# concurrent.futures' exit hook first, which shuts the pool down and wakes
# the worker, so the program ends. (The checker once skipped the hook and
# reported "deadlock: MainThread has finished and waits for the other
# threads" in every schedule.)
from concurrent.futures import ThreadPoolExecutor

ex = ThreadPoolExecutor(max_workers=2)
f = ex.submit(pow, 2, 10)
ex.submit(print, "left running at exit")
assert f.result() == 1024
