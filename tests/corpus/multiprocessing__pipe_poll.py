# Connection.poll with no wait, a simulated wait and no limit; EOFError
# once every process has closed the other end; errors on closed ends.
import multiprocessing as mp
import time

def slow_sender(conn, delay):
    time.sleep(delay)
    conn.send("hello")
    conn.send("bye")
    conn.close()

def reader(conn, write_end):
    write_end.close()     # forked with a copy of it: no EOF while it is open
    out = []
    while True:
        try:
            out.append(conn.recv())
        except EOFError:
            out.append("EOF")
            break
    print("child read", out)

if __name__ == "__main__":
    a, b = mp.Pipe()
    print(a.poll(), a.poll(0))
    p = mp.Process(target=slow_sender, args=(b, 0.3))
    p.start()
    b.close()          # the child holds its own copy of b
    t0 = time.monotonic()
    print("poll(0.1):", a.poll(0.1), round(time.monotonic() - t0, 1))
    print("poll(None):", a.poll(None), round(time.monotonic() - t0, 1))
    print(a.recv(), a.poll(), a.recv())
    p.join()
    print("at EOF poll says", a.poll(1.0))
    try:
        a.recv()
    except EOFError as e:
        print("EOFError", repr(e))
    a.close()
    a.close()
    print(a.closed)
    for op in (a.recv, lambda: a.send(1), a.poll, a.fileno):
        try:
            op()
        except OSError as e:
            print(type(e).__name__, e)
    r, w = mp.Pipe(duplex=False)
    print(r.readable, r.writable, w.readable, w.writable)
    try:
        r.send(1)
    except OSError as e:
        print(type(e).__name__, e)
    try:
        w.recv()
    except OSError as e:
        print(type(e).__name__, e)
    c = mp.Process(target=reader, args=(r, w))
    c.start()
    r.close()
    for i in range(3):
        w.send(i)
    w.close()
    c.join()
    r2, w2 = mp.Pipe(duplex=False)
    r2.close()
    try:
        w2.send("nobody reads")
    except BrokenPipeError as e:
        print("BrokenPipeError", e, isinstance(e, ConnectionError), e.errno if hasattr(e, "errno") else "?")
    x, y = mp.Pipe()
    y.send_bytes(b"abcdef", 1, 3)
    print(x.recv_bytes())
