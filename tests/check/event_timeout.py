# expect: clean
# Nobody sets the event: wait(timeout) times out, as it would for real.
import threading

ev = threading.Event()
got = ev.wait(0.5)
print("set" if got else "timed out")
