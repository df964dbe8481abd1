# A forked child starts with the parent's memory, including whatever
# lookups corelab has cached; each side's later changes must be seen by
# that side only.
import multiprocessing as mp


class Point:
    def __init__(self, x):
        self.x = x

    def show(self):
        return "Point(%s)" % self.x


scale = 1


def describe(p):
    return p.show(), p.x * scale


def child(q, p):
    q.put(("child before", describe(p)))
    global scale
    scale = 10
    Point.show = lambda self: "child's show"
    p.x = 99
    q.put(("child after", describe(p)))


if __name__ == "__main__":
    p = Point(3)
    print(describe(p), describe(p))
    ctx = mp.get_context("fork")
    q = ctx.Queue()
    proc = ctx.Process(target=child, args=(q, p))
    proc.start()
    print(q.get())
    print(q.get())
    proc.join()
    # The child's changes are not the parent's (no lookup in between: the
    # parent's first look at the changed class comes after its own change).
    Point.show = lambda self: "parent's show"
    scale = 2
    print("parent", describe(p))
    proc = ctx.Process(target=child, args=(q, p))
    proc.start()
    print(q.get())
    print(q.get())
    proc.join()
    print("parent", describe(p))
