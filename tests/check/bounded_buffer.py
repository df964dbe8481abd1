# expect: clean
# A bounded buffer (capacity 1) with two producers and two consumers.
import threading

cond = threading.Condition()
buf = []
CAP = 1

def producer(x):
    with cond:
        while len(buf) >= CAP:
            cond.wait()
        buf.append(x)
        cond.notify_all()

def consumer():
    with cond:
        while not buf:
            cond.wait()
        buf.pop()
        cond.notify_all()

ts = [threading.Thread(target=producer, args=(i,)) for i in range(2)]
ts += [threading.Thread(target=consumer) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
assert buf == []
