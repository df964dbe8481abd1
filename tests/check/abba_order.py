# expect: deadlock, lock-order, uncaught AssertionError
# ABBA where the second thread can also run entirely first: its blocked
# acquire in the deadlock schedule must count as racing with the first
# thread's acquire, or that schedule is never explored (a regression).
import threading

a = threading.Lock()
b = threading.Lock()
order = []

def t0():
    with a:
        with b:
            order.append(0)

def t1():
    with b:
        with a:
            order.append(1)

ts = [threading.Thread(target=t0), threading.Thread(target=t1)]
for t in ts:
    t.start()
for t in ts:
    t.join()
assert order == [0, 1], f"t1 ate first: {order}"
