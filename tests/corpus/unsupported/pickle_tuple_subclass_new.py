# expect-exit: 2
# expect-stderr-contains: pickling instances of 'N', a tuple subclass which defines __new__
# CPython pickles N(1, 2) and fails when loading it (N.__new__ is called
# again with the plain tuple); corelab stops when sending it.
import multiprocessing as mp


class N(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))


if __name__ == "__main__":
    q = mp.Queue()
    q.put(N(1, 2))
    print(q.get())
