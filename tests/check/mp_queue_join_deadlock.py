# expect: deadlock
# The multiprocessing pitfall: joining a child before draining its queue.
# The child cannot finish while its second put waits for a free place.
import multiprocessing as mp

def produce(q):
    for i in range(2):
        q.put(i)

if __name__ == "__main__":
    q = mp.Queue(maxsize=1)
    p = mp.Process(target=produce, args=(q,))
    p.start()
    p.join()
    print(q.get(), q.get())
