# expect: uncaught IndexError
# A shared list as a buffer without a lock: check-then-act on its length.
# Each list operation is atomic, so this is no data race: the bug is the
# gap between the check and the act, which the IndexError shows.
import threading

buf = [1]

def consumer():
    if len(buf) > 0:
        buf.pop()

ts = [threading.Thread(target=consumer) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
