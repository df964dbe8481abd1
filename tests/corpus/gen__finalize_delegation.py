def sub():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("sub caught", e)
        yield "after-catch"
    finally:
        print("sub finally")
    return "sub-ret"

def outer():
    try:
        r = yield from sub()
        print("outer got", r)
        yield "outer-next"
    finally:
        print("outer finally")

o = outer()
print(next(o))
print(o.throw(ValueError("boom")))
print(next(o))
o.close()
print("--")
o = outer(); next(o)
try:
    o.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)
print("--")
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        return self.n
    def close(self): print("It.close")
def deleg():
    try:
        yield from It()
    finally:
        print("deleg finally")
d = deleg(); print(next(d)); d.close()
print("--")
d = deleg(); next(d); d = None
print("after drop deleg")
def chain3():
    yield from outer()
c = chain3(); next(c); c.close(); print("chain closed")
c = chain3(); next(c); c = None; print("chain dropped")
print("--")
# generator expression over armed gen, dropped
ge = (x * 2 for x in sub())
print(next(ge))
ge = None
print("after genexpr")
print(any(x > 0 for x in sub()))
print("after any")
def first(it):
    for x in it:
        return x
print(first(sub()))
print("end")
