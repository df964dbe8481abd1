import multiprocessing as mp, os, time

counter = 0

def work(q, n):
    global counter
    counter += 100
    q.put((os.getpid() - os.getppid() > 0, n * n, counter))

def crash():
    raise ValueError("boom in child")

if __name__ == "__main__":
    q = mp.Queue()
    ps = [mp.Process(target=work, args=(q, i)) for i in range(3)]
    for p in ps: p.start()
    for p in ps: p.join()
    print(sorted(q.get() for _ in range(3)), counter)
    print([p.exitcode for p in ps], ps[0].name, mp.current_process().name)
    c = mp.Process(target=crash); c.start(); c.join(); print("crash exit", c.exitcode)
    a, b = mp.Pipe()
    def echo(conn):
        conn.send(conn.recv() + 1)
    e = mp.Process(target=echo, args=(b,)); e.start(); a.send(41); print(a.recv()); e.join()
    t0 = time.perf_counter()
    def spin(n):
        while n > 0:
            n -= 1
    ps = [mp.Process(target=spin, args=(300000,)) for _ in range(2)]
    for p in ps: p.start()
    for p in ps: p.join()
    two = time.perf_counter() - t0
    t0 = time.perf_counter(); spin(300000); spin(300000); one = time.perf_counter() - t0
    print("processes speed-up", round(one / two, 1) > 1.5)
