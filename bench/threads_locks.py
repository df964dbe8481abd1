# 1,000 threads sharing 100 locks: the machine's scheduling overhead.
import threading
locks = [threading.Lock() for _ in range(100)]
totals = [0] * 100
def work(i):
    lock = locks[i % 100]
    for k in range(300):
        with lock:
            totals[i % 100] += k
ts = [threading.Thread(target=work, args=(i,)) for i in range(1000)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sum(totals))
