import multiprocessing as mp, threading

def ident(x):
    return x

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

def roundtrip(q, value):
    q.put(value)

if __name__ == "__main__":
    q = mp.Queue()
    shared = [1, 2]
    values = [None, True, 3, 2**100, 1.5, "text", b"bytes", (1, (2,)), [shared, shared],
              {"a": [1]}, {1, 2}, frozenset({3}), Point(1, 2), ident, Point, ValueError("bad", 7),
              range(3)]
    for v in values:
        q.put(v)
        got = q.get()
        if isinstance(got, ValueError):
            print(type(got).__name__, got.args)
        elif callable(got):
            print(got is v)
        else:
            print(repr(got))
    got = [shared, shared]
    q.put(got); back = q.get(); print(back[0] is back[1])
    def nested():
        pass
    a, b = mp.Pipe()
    for bad in (lambda: 0, nested, threading.Lock(), (x for x in [])):
        try:
            a.send(bad)
        except Exception as e:
            print(type(e).__name__, str(e).split(" at 0x")[0])
