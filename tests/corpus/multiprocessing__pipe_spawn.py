# Pipe ends passed to spawned and forkserver children: the child holds its
# copy until it closes it or exits, then the parent's recv() sees EOF.
# A forkserver child's parent (os.getppid) is the server.
import multiprocessing as mp, os
def child(conn):
    conn.send((os.getppid() != mp.parent_process().pid, mp.parent_process().name))
    conn.close()
if __name__ == "__main__":
    for m in ("spawn", "forkserver"):
        a, b = mp.Pipe()
        p = mp.get_context(m).Process(target=child, args=(b,))
        p.start()
        b.close()
        print(m, a.recv())
        try:
            a.recv()
        except EOFError:
            print("EOF")
        p.join()
