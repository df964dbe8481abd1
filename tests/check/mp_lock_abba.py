# expect: deadlock, lock-order
import multiprocessing as mp

def one(a, b):
    with a:
        with b:
            pass

def two(a, b):
    with b:
        with a:
            pass

if __name__ == "__main__":
    a, b = mp.Lock(), mp.Lock()
    p1 = mp.Process(target=one, args=(a, b))
    p2 = mp.Process(target=two, args=(a, b))
    p1.start(); p2.start()
    p1.join(); p2.join()
