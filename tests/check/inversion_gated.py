# expect: lock-order
# The two threads take a and b in opposite orders, but always under the
# gate lock, so the deadlock cannot happen here. The inversion is still
# reported (not reached): drop the gate and it deadlocks.
import threading

gate = threading.Lock()
a = threading.Lock()
b = threading.Lock()

def one():
    with gate:
        with a:
            with b:
                pass

def two():
    with gate:
        with b:
            with a:
                pass

t1 = threading.Thread(target=one)
t2 = threading.Thread(target=two)
t1.start(); t2.start()
t1.join(); t2.join()
