import contextlib
def g(name):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", name)

def w(name):
    with contextlib.suppress(KeyError):
        try:
            yield name
        finally:
            print("w-finally", name)

# 1. loop with break, repeated
for i in range(3):
    for x in g(f"loop{i}"):
        break
    print("iter", i)

# 2. del and rebinding
h = g("del"); next(h)
del h
print("after del")
h = g("rebind"); next(h)
h = 5
print("after rebind")

# 3. reachable elsewhere: not closed
alias = None
h = g("kept"); next(h); alias = h
h = None
print("still kept")
alias = None
print("alias cleared")

# 4. return from function holding local
def f():
    it = g("local")
    next(it)
    return 42
print(f())

# 5. returning the generator keeps it
def mk():
    it = g("returned")
    next(it)
    return it
r = mk()
print("got", next(r))
r = None
print("after r None")

# 6. nested: outer gen iterating inner gen with break via close
def outer():
    try:
        for x in g("inner"):
            yield x
    finally:
        print("outer finally")
o = outer(); next(o); o = None
print("after outer")

# 7. with in generator
for v in w("withgen"):
    break
print("after withgen")

# 8. closure cell
def cl():
    it = g("cell")
    next(it)
    def inner():
        nonlocal it
        it = None
    inner()
    print("cell rebound")
cl()

# 9. exception kept locals
def boom():
    it = g("boom")
    next(it)
    raise ValueError("x")
try:
    boom()
except ValueError as e:
    print("caught", e)
print("after except")

# 10. error in finally
def bad():
    try:
        yield 1
    finally:
        raise KeyError("from finally")
b = bad(); next(b); b = None
print("after bad")
