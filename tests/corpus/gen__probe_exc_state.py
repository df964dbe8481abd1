# generators & exceptions
def gen():
    try:
        x = yield 1
        print("got", x)
        y = yield x * 2
        print("got", y)
    except ValueError as e:
        print("caught", e)
        yield "recovered"
    finally:
        print("cleanup")
g = gen(); print(next(g), g.send(5), g.throw(ValueError("boom")))
try: next(g)
except StopIteration: print("stop")
g2 = gen(); next(g2); g2.close(); print("closed")
def sub():
    yield 1; yield 2
    return "subret"
def outer():
    r = yield from sub()
    print("sub returned", r)
    r2 = yield from [10, 20]
    return r2
o = outer(); print(list(o))
def ret(): 
    return 5; yield
try: next(ret())
except StopIteration as e: print("value", e.value)
def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset": n = 0
        else: n += 1
c = counter(); print(next(c), next(c), c.send("reset"), next(c))
def closer():
    try: yield 1
    except GeneratorExit: print("genexit"); raise
cg = closer(); next(cg); cg.close()
def bad_close():
    try: yield 1
    except GeneratorExit: yield 2
bc = bad_close(); next(bc)
try: bc.close()
except RuntimeError as e: print(e)
def f():
    try: return "try"
    finally: print("finally runs")
print(f())
def g3():
    try: return 1
    finally: return 2
print(g3())
def g4():
    for i in range(5):
        try:
            if i == 2: break
        finally:
            print("fin", i)
            if i == 1: continue
    return i
print(g4())
def g5():
    try: raise KeyError("k")
    finally: return "swallowed"
print(g5())
try:
    try: 1 / 0
    except ZeroDivisionError as e: raise ValueError("wrapped") from e
except ValueError as e: print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    try: {}["x"]
    except KeyError: raise TypeError("during")
except TypeError as e: print(repr(e.__context__), e.__cause__)
try: raise ValueError("a") from None
except ValueError as e: print(e.__cause__, e.__suppress_context__, repr(e.__context__))
class AppError(Exception):
    def __init__(self, code, msg): super().__init__(msg); self.code = code
    def __str__(self): return f"[{self.code}] {self.args[0]}"
class DbError(AppError): pass
try: raise DbError(5, "db down")
except AppError as e: print(type(e).__name__, e, e.args, e.code, isinstance(e, Exception))
try: raise ExceptionGroup if False else OSError(2, "No such file")
except OSError as e: print(e.errno, e.strerror, e)
for exc in (ValueError, TypeError, KeyError, IndexError):
    try: raise exc("x")
    except (TypeError, KeyError) as e: print("tk", repr(e))
    except Exception as e: print("other", repr(e))
    else: print("no")
    finally: print("f")
def it():
    yield from range(3)
print(sum(it()), list(zip(it(), it())), max(it()))
e = Exception("a", 1); print(e.args, str(e), repr(e), str(Exception()), repr(KeyError("k")), str(KeyError("k")))
try: assert 1 == 2, f"bad {1+1}"
except AssertionError as e: print("assert", e)
try: assert False
except AssertionError as e: print("assert2", repr(e))
x = 5; del x
try: print(x)
except NameError as e: print(e)
try:
    raise StopIteration
except Exception as e: print(type(e).__name__)
print([i for i in (j * 2 for j in range(4)) if i % 3])
gen_exp = (x for x in range(3)); print(next(gen_exp), list(gen_exp), list(gen_exp))
def fib():
    a, b = 0, 1
    while True: yield a; a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)))
try:
    raise ValueError("first")
except ValueError:
    try: raise
    except ValueError as e2: print("reraise", e2)
err = ValueError("w"); print(err.with_traceback(None) is err)
import sys
def closer():
    try: yield 1
    except GeneratorExit: print("genexit"); raise
cg = closer(); next(cg); cg.close()
print(sys.exc_info())
try: raise ValueError("a")
except ValueError as e: print(repr(e.__context__))
def bad_close():
    try: yield 1
    except GeneratorExit: yield 2
bc = bad_close(); next(bc)
try: bc.close()
except RuntimeError as e: print(e, repr(e.__context__))
print(sys.exc_info())
g = (i for i in range(3)); next(g); g.close()
print(sys.exc_info())
def g():
    try: raise KeyError("in gen")
    except KeyError: yield 1
    yield 2
it = g(); next(it)
print(sys.exc_info()[0])
try: raise ValueError("a")
except ValueError as e: print(repr(e.__context__))
try:
    raise TypeError("outer")
except TypeError:
    print(sys.exc_info()[0]); next(it); print(sys.exc_info()[0])
