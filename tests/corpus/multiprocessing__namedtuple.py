# namedtuples, tuple and list subclass instances travel between processes.
import multiprocessing as mp
from collections import namedtuple

P = namedtuple('P', 'x y')


class T(tuple):
    def total(self):
        return sum(self)


class L(list):
    def doubled(self):
        return self + self


def work(q, p):
    q.put((p, type(p).__name__, p.x + p.y, isinstance(p, tuple)))


def work2(q, t):
    q.put((t, type(t).__name__, t.tag, t.total(), isinstance(t, tuple)))


def square(p):
    return P(p.x * p.x, p.y * p.y)


if __name__ == "__main__":
    q = mp.Queue()
    pr = mp.Process(target=work, args=(q, P(1, 2)))
    pr.start()
    print(q.get())
    pr.join()
    t = T([1, 2])
    t.tag = 'hi'
    pr = mp.Process(target=work2, args=(q, t))
    pr.start()
    print(q.get())
    pr.join()
    shared = [1]
    q.put([P(shared, shared), P(2, 3)])
    r = q.get()
    print(r, r[0].x is r[0].y, type(r[1]).__name__)
    with mp.Pool(2) as pool:
        print(pool.map(square, [P(1, 2), P(3, 4)]))
    # list subclass instances too, with their __dict__ and shared items
    class_l = L([1, [2]])
    class_l.note = 'n'
    q.put(class_l)
    got = q.get()
    print(got, type(got).__name__, got.note, got.doubled(), isinstance(got, list))
    cyc = L([0])
    cyc.append(cyc)
    q.put(cyc)
    got = q.get()
    print(got, got[1] is got)
