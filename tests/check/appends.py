# expect: clean
# list.append is one atomic operation in every CPython: appends from
# several threads lose nothing (the order varies, the count does not).
import threading

results = []

def work(i):
    results.append(i)

ts = [threading.Thread(target=work, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
assert sorted(results) == [0, 1, 2]
