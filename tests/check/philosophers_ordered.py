# expect: clean
# Three philosophers, two meals each; forks taken in a global order.
import threading

N = 3
MEALS = 2
forks = [threading.Lock() for _ in range(N)]

def philosopher(i):
    a, b = sorted((i, (i + 1) % N))
    for _ in range(MEALS):
        with forks[a]:
            with forks[b]:
                pass

ts = [threading.Thread(target=philosopher, args=(i,)) for i in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
