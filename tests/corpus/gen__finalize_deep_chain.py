# close(), throw() and dropping reach through long `yield from` chains.
import sys

sys.setrecursionlimit(10000)


def chain(n):
    if n:
        r = yield from chain(n - 1)
        return r
    try:
        yield "leaf"
    except ValueError as e:
        print("leaf caught", e)
        return "returned"
    finally:
        print("leaf cleanup")


DEPTH = 2000
c = chain(DEPTH)
print(next(c))
c.close()
print("closed")

c = chain(DEPTH)
print(next(c))
try:
    c.throw(ValueError("v"))
except StopIteration as e:
    print("stop", e.value)

c = chain(DEPTH)
print(next(c))
c = None
print("dropped")
