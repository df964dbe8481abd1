# expect: race
# The main thread reads the result without joining first.
import threading

result = None

def work():
    global result
    result = 42

t = threading.Thread(target=work)
t.start()
print(result)
t.join()
