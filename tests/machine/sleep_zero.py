import threading, time
stop = False
def spin():
    while not stop:
        pass
s = threading.Thread(target=spin); s.start()
t0 = time.perf_counter()
for _ in range(20):
    time.sleep(0)
dt = time.perf_counter() - t0
stop = True; s.join()
print(f"{dt / 20 * 1000:.2f} ms per sleep(0)")
