# expect: clean
# Condition.wait_for with a timeout loops until time.monotonic() passes
# its deadline. Under the checker a sleep or an expiring timed wait
# advances the process's clock by its duration, so the loop ends after one
# expired wait per thread. (The checker once kept the clock still there:
# the loop spun until the depth limit cut it, "incomplete".)
import threading

cond = threading.Condition()
ready = False


def waiter():
    with cond:
        cond.wait_for(lambda: ready, timeout=0.05)


t = threading.Thread(target=waiter)
t.start()
with cond:
    got = cond.wait_for(lambda: ready, timeout=0.01)
t.join()
assert not got
