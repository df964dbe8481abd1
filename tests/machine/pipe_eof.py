# The classic pipe mistake: the forked reader inherits a copy of the write
# end and never closes it, so it never sees EOF (CPython hangs for ever).
# With `fixed` as argument the reader closes its copy first.
import multiprocessing as mp
import sys

def reader(r, w, fixed):
    if fixed:
        w.close()
    got = []
    while True:
        try:
            got.append(r.recv())
        except EOFError:
            print("EOF after", got)
            return

if __name__ == "__main__":
    fixed = sys.argv[1:] == ["fixed"]
    r, w = mp.Pipe(duplex=False)
    c = mp.Process(target=reader, args=(r, w, fixed))
    c.start()
    r.close()
    for i in range(3):
        w.send(i)
    w.close()
    c.join()
    print("joined", c.exitcode)
