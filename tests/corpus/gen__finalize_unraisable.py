# Errors while closing a dropped generator are printed ("Exception ignored
# in: ...") and the program goes on.
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit")
        yield 2

g = stubborn()
next(g)
g = None
print("after stubborn")

def bad():
    try:
        yield 1
    finally:
        raise KeyError("from finally")

b = bad()
next(b)
b = None
print("after bad")
