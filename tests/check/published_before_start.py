# expect: clean
# Written before start(), read by the thread: start() orders them.
import threading

config = {"n": 0}
config["n"] = 5

def work():
    assert config["n"] == 5

t = threading.Thread(target=work)
t.start()
t.join()
