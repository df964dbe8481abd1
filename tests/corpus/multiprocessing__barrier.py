import multiprocessing as mp
def party(b, q, i):
    q.put((i, b.wait() >= 0))
if __name__ == "__main__":
    b = mp.Barrier(3); q = mp.Queue()
    ps = [mp.Process(target=party, args=(b, q, i)) for i in range(3)]
    for p in ps: p.start()
    for p in ps: p.join()
    print(sorted(q.get() for _ in range(3)), b.broken, b.parties)
    b2 = mp.Barrier(2, timeout=0.01)
    try:
        b2.wait()
    except Exception as e:
        print(type(e).__name__, b2.broken)
