import threading, queue
q = queue.Queue()
ev = threading.Event()
def consumer():
    q.get()
def waiter():
    ev.wait()
threading.Thread(target=consumer).start()
threading.Thread(target=waiter).start()
b = threading.Barrier(3)
threading.Thread(target=b.wait).start()
print("main done")
