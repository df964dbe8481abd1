# expect: clean
import threading

result = None

def work():
    global result
    result = 42

t = threading.Thread(target=work)
t.start()
t.join()
assert result == 42
