# expect: clean
# Producer/consumer through queue.Queue with a sentinel.
import threading
import queue

q = queue.Queue()
total = 0

def consumer():
    global total
    while True:
        x = q.get()
        if x is None:
            break
        total += x

c = threading.Thread(target=consumer)
c.start()
for i in range(2):
    q.put(i + 1)
q.put(None)
c.join()
assert total == 3, total
