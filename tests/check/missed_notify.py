# expect: deadlock
# The consumer waits without checking a predicate: if the producer
# notifies first, the notification is lost and the consumer waits forever.
import threading

cond = threading.Condition()

def consumer():
    with cond:
        cond.wait()

def producer():
    with cond:
        cond.notify()

c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start(); p.start()
c.join(); p.join()
