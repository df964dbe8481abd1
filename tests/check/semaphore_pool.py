# expect: clean
# At most one thread inside at a time, checked by the threads themselves.
import threading

sem = threading.Semaphore(1)
inside = 0
lock = threading.Lock()

def work():
    global inside
    with sem:
        with lock:
            inside += 1
            assert inside == 1, inside
        with lock:
            inside -= 1

ts = [threading.Thread(target=work) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
