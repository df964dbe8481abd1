# A with statement with several context managers enters in order and exits in reverse.
class CM:
    def __init__(self, name, fail_enter=False):
        self.name = name
        self.fail_enter = fail_enter
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError(f"{self.name} failed to enter")
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return False
with CM("a") as a, CM("b") as b, CM("c") as c:
    print("body", a, b, c)
try:
    with CM("x") as x, CM("y", fail_enter=True) as y, CM("z"):
        print("not reached")
except RuntimeError as e:
    print("caught:", e)
try:
    with CM("p"), CM("q"):
        raise ValueError("in body")
except ValueError as e:
    print("caught:", e)
with (CM("paren1") as p1,
      CM("paren2") as p2):
    print("parenthesized", p1, p2)
with CM("outer"):
    with CM("inner"):
        print("nested body")
