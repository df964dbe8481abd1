e = ValueError("w"); print(e.with_traceback(None) is e)
try:
    raise KeyError("k")
except KeyError as err:
    err.add_note("note one"); err.add_note("note two"); print(err.__notes__)
    try: raise err.with_traceback(err.__traceback__)
    except KeyError as e2: print(e2 is err)
def f(): raise TypeError("deep")
try: f()
except TypeError as t: t.add_note("context: while testing")
e3 = RuntimeError("final"); e3.add_note("see the docs")
raise e3
