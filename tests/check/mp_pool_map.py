# expect: clean
# A Pool's workers, task queue and result handler under the checker.
import multiprocessing as mp

def sq(x):
    return x * x

if __name__ == "__main__":
    with mp.Pool(2) as pool:
        assert pool.map(sq, range(4)) == [0, 1, 4, 9]
