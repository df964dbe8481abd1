# expect: race
# model: gil
# `counter += 1` has no switch point between its read and its write under
# CPython 3.10+: no update is lost under the GIL, but it is still a race.
import threading

counter = 0

def work():
    global counter
    counter += 1

ts = [threading.Thread(target=work) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
assert counter == 2, f"lost an update: counter = {counter}"
