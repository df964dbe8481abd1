# expect: uncaught AssertionError
# Checking is_alive() and then acting on it: the child may end in between.
import multiprocessing as mp

def work(q):
    q.put("done")

if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Process(target=work, args=(q,))
    p.start()
    if p.is_alive():
        assert p.exitcode is None, "the child ended between is_alive() and exitcode"
    print(q.get())
    p.join()
