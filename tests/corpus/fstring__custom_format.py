# __format__, __str__ and __repr__ as seen by f-strings and format().
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        if spec:
            return format(self.cents / 100, spec)
        return f"${self.cents / 100:.2f}"
    def __str__(self):
        return "Money(str)"
    def __repr__(self):
        return "Money(repr)"
m = Money(12345)
print(f"{m}")
print(f"{m:short}")
print(f"{m:>10.1f}")
print(f"{m!s} {m!r}")
print(format(m), format(m, "short"), str(m), repr(m))
print("{} {:short} {!r}".format(m, m, m))
class Plain:
    def __str__(self):
        return "plain-str"
p = Plain()
print(f"{p}", f"{p:}", format(p), "{}".format(p))
try:
    f"{p:>10}"
except TypeError as e:
    print("TypeError:", e)
class Tag:
    def __repr__(self):
        return "<Tag>"
print(f"{Tag()}", str(Tag()), [Tag()], f"{[Tag()]}")
