# The program of the HTML report's browser test: CPU-bound threads that
# contend for the GIL, a lock, sleeps, and a string that must not break
# the page: "</script><!--".
import threading
import time

lock = threading.Lock()
counter = 0


def spin(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


def locker():
    global counter
    for _ in range(300):
        with lock:
            counter += 1


def sleeper():
    for _ in range(5):
        time.sleep(0.002)


threads = [threading.Thread(target=spin, args=(300000,)) for _ in range(2)]
threads += [threading.Thread(target=locker) for _ in range(2)]
threads.append(threading.Thread(target=sleeper))
for t in threads:
    t.start()
spin(100000)
for t in threads:
    t.join()
print(counter, "</script><!--")
