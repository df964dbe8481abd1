# Processes have separate memory; threads share it.
import multiprocessing as mp, threading

counter = 0
items = []

def bump_global():
    global counter
    counter += 1
    items.append("child")
    print("in child:", counter, items)

def append_item():
    items.append("thread")

if __name__ == "__main__":
    p = mp.Process(target=bump_global); p.start(); p.join()
    print("in parent after the child:", counter, items)
    t = threading.Thread(target=append_item); t.start(); t.join()
    print("after the thread:", items)
    with mp.Pool(2) as pool:
        try:
            pool.map(lambda x: x * 2, [1, 2, 3])
        except Exception as e:
            print(type(e).__name__, str(e).split(" at 0x")[0])
