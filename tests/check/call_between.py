# expect: race, uncaught AssertionError
# model: gil
# Under the GIL a read-modify-write loses updates only if a switch point
# falls between the read and the write: here a call does.
import threading

counter = 0

def bump(x):
    return x + 1

def work():
    global counter
    counter = bump(counter)

ts = [threading.Thread(target=work) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
assert counter == 2, f"lost an update: counter = {counter}"
