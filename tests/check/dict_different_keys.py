# expect: clean
# Different keys of one dict do not conflict.
import threading

counts = {"a": 0, "b": 0}

def work(k):
    counts[k] += 1

ts = [threading.Thread(target=work, args=(k,)) for k in "ab"]
for t in ts:
    t.start()
for t in ts:
    t.join()
assert counts == {"a": 1, "b": 1}, counts
