# expect: lock-order
# Two processes take two multiprocessing locks in opposite orders, but a
# third lock serialises them: the inversion can never deadlock here, yet
# it is a bug waiting for the gate to go.
import multiprocessing as mp

def one(a, b, gate):
    with gate:
        with a:
            with b:
                pass

def two(a, b, gate):
    with gate:
        with b:
            with a:
                pass

if __name__ == "__main__":
    a, b, gate = mp.Lock(), mp.Lock(), mp.Lock()
    ps = [mp.Process(target=one, args=(a, b, gate)), mp.Process(target=two, args=(a, b, gate))]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
