# 1,000 short-lived processes (fork), 8 at a time, each sending one result.
import multiprocessing as mp

def work(q, i):
    q.put(i * i)

if __name__ == "__main__":
    q = mp.Queue()
    total = 0
    for batch in range(125):
        ps = [mp.Process(target=work, args=(q, batch * 8 + k)) for k in range(8)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        total += sum(q.get() for _ in range(8))
    print(total)
