# expect: race, uncaught AssertionError
import threading

counts = {"a": 0}

def work():
    counts["a"] += 1

ts = [threading.Thread(target=work) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
assert counts["a"] == 2, counts
