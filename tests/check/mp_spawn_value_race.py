# expect: race, uncaught AssertionError
# The same lost update with the spawn start method: each child re-runs
# this module as __mp_main__ and receives the shared Value pickled.
import multiprocessing as mp

def work(v):
    v.value += 1

if __name__ == "__main__":
    mp.set_start_method("spawn")
    v = mp.Value('i', 0)
    ps = [mp.Process(target=work, args=(v,)) for _ in range(2)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    assert v.value == 2, f"lost an update: {v.value}"
