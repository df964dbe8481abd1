# About a million trace events: four threads calling time.sleep(0) 36000
# times each (7 events a call). The browser test checks its HTML report
# draws; scripts/bench-report times how long the report takes to open.
import threading, time
def worker(n):
    x = 0
    for i in range(n):
        time.sleep(0)
        x += i
threads = [threading.Thread(target=worker, args=(36000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
