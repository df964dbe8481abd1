# The work of threads_locks.py done by one thread: the baseline for the
# machine's overhead with 1,000 threads.
import threading
locks = [threading.Lock() for _ in range(100)]
totals = [0] * 100
def work(i):
    lock = locks[i % 100]
    for k in range(300):
        with lock:
            totals[i % 100] += k
for i in range(1000):
    work(i)
print(sum(totals))
