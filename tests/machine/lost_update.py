import threading, sys
sys.setswitchinterval(1e-5)
counter = 0
def f():
    pass
def plain(n):
    global counter
    for _ in range(n):
        counter += 1
def with_call(n):
    global counter
    for _ in range(n):
        t = counter
        f()
        counter = t + 1
for body in (plain, with_call):
    counter = 0
    ts = [threading.Thread(target=body, args=(200_000,)) for _ in range(4)]
    for t in ts: t.start()
    for t in ts: t.join()
    print(body.__name__, counter, "of", 800_000)
