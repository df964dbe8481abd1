# expect-exit: 2
# expect-stderr-contains: using a multiprocessing Connection received through a queue, pipe or manager is not supported
import multiprocessing as mp

def child(q):
    q.get().send("hi")

if __name__ == "__main__":
    a, b = mp.Pipe()
    q = mp.get_context("spawn").Queue()
    p = mp.get_context("spawn").Process(target=child, args=(q,))
    p.start()
    q.put(b)
    print(a.recv())
