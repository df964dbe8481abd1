# contextlib.suppress and nullcontext.
from contextlib import suppress, nullcontext
with suppress(KeyError):
    {}["missing"]
    print("not reached")
print("after suppress")
with suppress(ValueError, TypeError):
    int("x")
with suppress(ZeroDivisionError):
    print("no error here")
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("IndexError escapes:", e)
with suppress(LookupError):
    {}["subclass"]
print("LookupError suppressed KeyError")
results = []
for v in ["1", "x", "3"]:
    with suppress(ValueError):
        results.append(int(v))
print(results)
with nullcontext("value") as v:
    print("nullcontext gives", v)
with nullcontext() as n:
    print("nullcontext default", n)
with suppress():
    print("suppress nothing works")
