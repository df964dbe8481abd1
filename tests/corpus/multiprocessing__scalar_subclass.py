# int, float and str subclass instances cross process boundaries (pickled
# by class with their value and __dict__), as arguments and results.
import multiprocessing as mp


class Meters(int):
    def __repr__(self):
        return f"{int(self)} m"


class Name(str):
    def shout(self):
        return self.upper() + "!"


class Celsius(float):
    pass


def describe(x):
    return (x, type(x).__name__, getattr(x, "tag", None))


def double(x):
    return x + x


if __name__ == "__main__":
    n = Name("bob")
    n.tag = "T"
    with mp.Pool(2) as pool:
        for r in pool.map(describe, [Meters(3), n, Celsius(1.5), Meters(10**20)]):
            print(r)
        print(pool.map(double, [Meters(2), Name("ab"), Celsius(0.25)]))
    q = mp.Queue()
    p = mp.Process(target=q.put, args=([Meters(7), Name("x").shout(), n],))
    p.start()
    got = q.get()
    p.join()
    print(got, [type(v).__name__ for v in got], got[2].tag, got[2].shout())
