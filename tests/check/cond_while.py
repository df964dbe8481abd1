# expect: clean
import threading

cond = threading.Condition()
items = []

def consumer():
    with cond:
        while not items:
            cond.wait()
        items.pop()

def producer():
    with cond:
        items.append(1)
        cond.notify_all()

cs = [threading.Thread(target=consumer) for _ in range(2)]
for c in cs:
    c.start()
p = threading.Thread(target=producer)
p.start()
p.join()
with cond:
    items.append(2)
    cond.notify_all()
for c in cs:
    c.join()
