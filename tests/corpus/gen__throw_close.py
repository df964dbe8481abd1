# Generator throw() and close(); finally blocks in generators.
def worker():
    try:
        while True:
            try:
                x = yield
                print("work", x)
            except ValueError as e:
                print("handled", e)
                yield "recovered"
    finally:
        print("worker cleanup")
w = worker()
next(w)
w.send(1)
print(w.throw(ValueError("bad input")))
next(w)
w.send(2)
w.close()
print("closed")
w.close()
def counted():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
c = counted()
print(next(c))
c.close()
try:
    next(c)
except StopIteration:
    print("closed generator raises StopIteration")
def unhandled():
    yield 1
u = unhandled()
next(u)
try:
    u.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def never_started():
    print("body")
    yield
n = never_started()
n.close()
print("never started closes silently")
