# __repr__ vs __str__ in print, str, repr, f-strings and containers.
class Both:
    def __repr__(self):
        return "Both<repr>"
    def __str__(self):
        return "Both<str>"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"
class StrOnly:
    def __str__(self):
        return "StrOnly-str"
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, r)
print(str(b), repr(b), str(r), repr(r))
print(f"{b} {b!r} {r} {r!s}")
print([b, r], (b,), {"k": b}, {1: r})
print("%s %r" % (b, b), "{} {!r}".format(b, b))
print(s, str(s), f"{s}", repr(s).startswith("<__main__.StrOnly object at 0x"))
print(str([s]).startswith("[<__main__.StrOnly object at"))
class Nested:
    def __init__(self, items):
        self.items = items
    def __repr__(self):
        return f"Nested({self.items!r})"
print(Nested([1, "a", Nested([])]), str(Nested(["x"])))
class Weird:
    def __repr__(self):
        return 5
try:
    repr(Weird())
except TypeError as e:
    print("TypeError:", e)
class Child(Both):
    pass
print(Child(), [Child()])
print(repr(object()).startswith("<object object at"), str(Both) == "<class '__main__.Both'>")
