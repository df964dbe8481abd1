# expect: clean
# Data published before Event.set() is visible after Event.wait().
import threading

data = None
ready = threading.Event()

def producer():
    global data
    data = "hello"
    ready.set()

def consumer():
    ready.wait()
    assert data == "hello", data

ts = [threading.Thread(target=consumer), threading.Thread(target=producer)]
for t in ts:
    t.start()
for t in ts:
    t.join()
