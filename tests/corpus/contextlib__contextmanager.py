# contextlib.contextmanager.
from contextlib import contextmanager
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("div") as t:
    print("inside", t)
    with tag("p"):
        print("text")
try:
    with tag("span"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated:", e)
@contextmanager
def swallow(*types):
    try:
        yield
    except types as e:
        print("swallowed", type(e).__name__, e)
with swallow(KeyError, IndexError):
    [][0]
print("continues")
@contextmanager
def counter():
    state = {"n": 0}
    yield state
    print("final count", state["n"])
with counter() as c:
    for _ in range(3):
        c["n"] += 1
@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
