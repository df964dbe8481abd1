# int/float/str.__format__ called directly, and __format__ in str.format, f-strings and %.
def show(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: int.__format__("x", ""))
show(lambda: int.__format__(5, 3))
show(lambda: float.__format__(5, ""))
show(lambda: str.__format__(5, ""))
show(lambda: (5).__format__(3))
show(lambda: (5.0).__format__(".1f"))
show(lambda: "a".__format__("^5"))
show(lambda: int.__format__(True, ""))
show(lambda: int.__format__(True, "d"))
show(lambda: int.__format__(5))
show(lambda: format(1, 2))
show(lambda: (2**80).__format__(","))
class P:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        return format(self.v, spec) + "!"
show(lambda: "{:>5}|{!s:>30}|{}".format(P(1), P(2), P(3.5))[:12])
show(lambda: f"{P(2.5):.3f} {P('ab'):*^6}")
show(lambda: "%-6s|%6.2f" % (P(1).v, P(2).v))
items = [("apple", 1.5, 3), ("kiwi", 0.25, 12)]
for name, price, n in items:
    print("{:<8}{:>8.2f}{:>5d}".format(name, price, n), "%-8s%8.2f%5d" % (name, price, n), f"{name:<8}{price:>8.2f}{n:>5d}")
