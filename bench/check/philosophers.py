# Dining philosophers that can deadlock: N philosophers eat MEALS meals
# each, taking the left fork (i) and then the right one (i + 1 mod N).
# Same model as philosophers.pml; scripts/bench-check rewrites N (and MEALS).
import threading

N = 3
MEALS = 2
forks = [threading.Lock() for _ in range(N)]

def philosopher(i):
    first, second = i, (i + 1) % N
    for _ in range(MEALS):
        with forks[first]:
            with forks[second]:
                pass

ts = [threading.Thread(target=philosopher, args=(i,)) for i in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
