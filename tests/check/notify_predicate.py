# expect: clean
# The same with a predicate checked in a while loop.
import threading

cond = threading.Condition()
ready = False

def consumer():
    with cond:
        while not ready:
            cond.wait()

def producer():
    global ready
    with cond:
        ready = True
        cond.notify()

c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start(); p.start()
c.join(); p.join()
