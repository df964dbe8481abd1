# What a process start costs with each start method: the first forkserver
# start also starts the server; later ones are forks of it (but still run
# the main module, as spawn does).
import multiprocessing as mp
import time

def nothing():
    pass

def start_join(ctx):
    t0 = time.perf_counter()
    p = ctx.Process(target=nothing)
    p.start()
    p.join()
    return (time.perf_counter() - t0) * 1000

if __name__ == "__main__":
    for method in ("fork", "spawn", "forkserver"):
        ctx = mp.get_context(method)
        ms = [start_join(ctx) for _ in range(4)]
        print(f"{method} first {ms[0]:.1f} ms, then {min(ms[1:]):.1f}-{max(ms[1:]):.1f} ms")
