# __enter__/__exit__ in with statements.
class Resource:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.swallow
with Resource("a") as r:
    print("inside", r.name)
with Resource("b", swallow=True):
    raise ValueError("swallowed")
print("after b")
try:
    with Resource("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))
def early():
    with Resource("d"):
        return "returned"
print(early())
for i in range(2):
    with Resource(f"loop{i}"):
        if i == 0:
            continue
        print("body", i)
class Value:
    def __enter__(self):
        return 42
    def __exit__(self, *args):
        print("exit args", args)
with Value() as v:
    print("value", v)
try:
    with 5:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
