# KeyError messages are repr-quoted; other dict failures.
d = {"a": 1, 2: "two", (1, 2): "tuple"}
def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, "str:", e, "repr:", repr(e), "args:", e.args)
show(lambda: d["missing"])
show(lambda: d[3])
show(lambda: d[(3, 4)])
show(lambda: d[""])
show(lambda: d["it's"])
show(lambda: d[None])
show(lambda: d[[1]])
show(lambda: d.pop("x"))
show(lambda: {}.popitem())
show(lambda: {[]: 1})
show(lambda: dict([1, 2]))
show(lambda: dict([(1, 2, 3)]))
show(lambda: {"a": 1} + {"b": 2})
show(lambda: {"a": 1} < {"b": 2})
show(lambda: d.nope)
def mutate():
    x = {1: 1, 2: 2}
    for k in x:
        x[k + 10] = 0
show(mutate)
def delete():
    del d["gone"]
show(delete)
try:
    d["q"]
except LookupError as e:
    print("caught as LookupError:", e)
