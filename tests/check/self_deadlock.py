# expect: deadlock
# A plain Lock is not reentrant: taking it twice blocks forever.
import threading

lock = threading.Lock()

def f():
    with lock:
        with lock:
            pass

t = threading.Thread(target=f)
t.start()
t.join()
