# Only deterministic facts about time are printed.
import time
t0 = time.perf_counter()
total = sum(i * i for i in range(10000))
t1 = time.perf_counter()
print(total, t1 - t0 >= 0, type(t0).__name__)
start = time.perf_counter()
time.sleep(0.01)
elapsed = time.perf_counter() - start
print(elapsed >= 0.01, elapsed < 5)
m0 = time.monotonic()
time.sleep(0)
print(time.monotonic() >= m0)
now = time.time()
print(type(now).__name__, now > 1_600_000_000)
ns = time.perf_counter_ns()
print(type(ns).__name__, time.perf_counter_ns() >= ns)
p = time.process_time()
print(type(p).__name__, p >= 0)
