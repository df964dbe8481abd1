# expect: clean
import multiprocessing as mp

def pong(conn):
    while True:
        msg = conn.recv()
        if msg is None:
            break
        conn.send(msg + 1)

if __name__ == "__main__":
    a, b = mp.Pipe()
    p = mp.Process(target=pong, args=(b,))
    p.start()
    a.send(1)
    assert a.recv() == 2
    a.send(None)
    p.join()
