# The forkserver start method: the main module runs once more, in the
# server process (as __mp_main__), not once per child; children are forked
# from the server, so they see module state as the import left it, not the
# parent's later changes; what they get is pickled, as with spawn.
import multiprocessing as mp
import os

# (flush: else CPython's children would also write the server's buffer)
print("module body runs in", __name__, flush=True)
counter = 1

def report(q, tag):
    q.put((tag, counter, __name__, os.getppid() != os.getpid()))

def bump_and_report(q):
    global counter
    counter += 10
    report(q, "bumped")

if __name__ == "__main__":
    counter = 100          # the parent's change: forkserver children do not see it
    ctx = mp.get_context("forkserver")
    q = ctx.Queue()
    ps = [ctx.Process(target=report, args=(q, i)) for i in range(3)]
    for p in ps:          # one at a time: their module-body prints stay in order
        p.start()
        p.join()
    print(sorted(q.get() for _ in ps))
    p = ctx.Process(target=bump_and_report, args=(q,))
    p.start(); p.join()
    p2 = ctx.Process(target=report, args=(q, "after"))
    p2.start(); p2.join()
    print(q.get(), q.get(), [p.exitcode, p2.exitcode])
    try:
        ctx.Process(target=lambda: None).start()
    except Exception as e:
        print(type(e).__name__)
    fork = mp.get_context("fork").Process(target=report, args=(q, "fork"))
    fork.start(); fork.join()
    print(q.get())
    pool = ctx.Pool(1)
    res = pool.map(abs, [-1, -2, 3])
    pool.close()
    pool.join()
    print(res)
