# Generators held by containers and objects are closed when the container,
# object, item or attribute that held the last reference goes.
def g(name):
    try:
        yield 1
    finally:
        print("cleanup", name)

lst = [g("list")]
next(lst[0])
lst = None
print("after list")

class Holder:
    pass

o = Holder()
o.it = g("attr")
next(o.it)
o.it = None
print("after attr rebind")
o.it = g("attr2")
next(o.it)
o = None
print("after holder dropped")

d = {"k": g("dict"), 7: g("int key")}
next(d["k"])
next(d[7])
del d["k"]
print("after del d['k']")
d[7] = "replaced"
print("after d[7] replaced")

stack = [g("a"), g("b"), g("c")]
for it in stack:
    next(it)
it = None
stack.pop()
print("after pop")
del stack[0]
print("after del stack[0]")
stack[0] = None
print("after stack[0] = None")

pair = (g("tuple-0"), g("tuple-1"))
for it in pair:
    next(it)
it = None
pair = None
print("after tuple")

def make_cell():
    it = g("cell")
    next(it)
    def drop():
        nonlocal it
        del it
    return drop
make_cell()()
print("after cell deleted")

nested = Holder()
nested.inner = Holder()
nested.inner.items = [g("nested")]
next(nested.inner.items[0])
del nested.inner
print("after nested")
print("end")
