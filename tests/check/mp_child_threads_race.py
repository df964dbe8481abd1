# expect: race, uncaught AssertionError
# Threads inside a child process share that process's memory (and race
# on it); the parent's copy of the global is untouched.
import multiprocessing as mp
import threading

count = 0

def bump():
    global count
    count += 1

def child():
    ts = [threading.Thread(target=bump) for _ in range(2)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    assert count == 2, f"lost an update in the child: {count}"

if __name__ == "__main__":
    mp.set_start_method("fork")
    p = mp.Process(target=child)
    p.start()
    p.join()
    assert count == 0
