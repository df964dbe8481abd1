# expect: race, uncaught AssertionError
import multiprocessing as mp

def work(v):
    v.value += 1

if __name__ == "__main__":
    v = mp.Value('i', 0)
    ps = [mp.Process(target=work, args=(v,)) for _ in range(2)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    assert v.value == 2, f"lost an update: {v.value}"
