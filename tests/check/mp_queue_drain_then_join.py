# expect: clean
import multiprocessing as mp

def produce(q):
    for i in range(2):
        q.put(i)

if __name__ == "__main__":
    q = mp.Queue(maxsize=1)
    p = mp.Process(target=produce, args=(q,))
    p.start()
    got = [q.get(), q.get()]
    p.join()
    assert got == [0, 1], got
