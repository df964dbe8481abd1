# Formatting paths that call back into Python, and CPython's error order.
def show(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        return f"${self.cents / 100:{spec or '.2f'}}"
    def __str__(self):
        return "Money(%d)" % self.cents
    def __repr__(self):
        return "<Money %r>" % self.cents

m = Money(12345)
show(lambda: f"{m}|{m:>12.1f}|{m!s:>12}|{m!r}")
show(lambda: "{0:,.2f} {0!s} {0!r:^16}".format(m))
show(lambda: format(m, "10.3f"))
show(lambda: "%s %r %5s|%-12r|" % (m, m, m, m))

class Idx:
    def __index__(self):
        return 65
class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
show(lambda: "%x %o %c %d" % (Idx(), Idx(), Idx(), Idx()))
show(lambda: "%d %i %f %.1e" % (Num(), Num(), Num(), Num()))
show(lambda: "%x" % Num())
show(lambda: "%f" % Idx())
show(lambda: "%c" % Num())

class Defaults(dict):
    def __missing__(self, key):
        return key.upper()
show(lambda: "{a}-{b}-{c[0]}".format_map(Defaults(c=[1])))
show(lambda: "%(a)s %(b)s" % Defaults(b=2))
class Lookup:
    def __getitem__(self, key):
        return key * 2
show(lambda: "%(ab)s|%(x)5s" % Lookup())
show(lambda: "{x}".format_map(Lookup()))
show(lambda: "{0}".format_map({}))
show(lambda: "abc" % [])
show(lambda: "abc" % 5)
show(lambda: "%s %(k)s" % {"k": 1})
show(lambda: "%(k)s %s" % {"k": 1})
show(lambda: "%(k" % (1,))
show(lambda: "%(x)" % {})
show(lambda: "%(x)" % {"x": 1})
show(lambda: "%5%" % ())
show(lambda: "%5%" % (1,))
show(lambda: "%z" % ())
show(lambda: "%\x7f" % 1)
show(lambda: "%*d" % (2 ** 70, 1))
show(lambda: "%.*d" % (2 ** 40, 1))
show(lambda: "%*d" % (1.5, 1))
show(lambda: "%-*d|%*d|" % (-4, 1, -4, 2))
show(lambda: "{:{}}".format(1))
show(lambda: "{:{:{}}}".format(1, 2, 3))
show(lambda: "{!r:>{}}".format(1, 5))
show(lambda: "{0.real} {0[x]}".format({"x": 1}))
show(lambda: "{0[x}".format({}))
show(lambda: "{0!}".format(1))
show(lambda: "{0!rr}".format(1))
show(lambda: "{0:".format(1))
show(lambda: format(True, ">5") + format(False, "") + format(True, "x"))
show(lambda: format(True, "s"))
show(lambda: format(None, "x"))
show(lambda: format(-0.0, "z.1f") + format(-0.0001, "z.2f"))
show(lambda: format(2 ** 70, "c"))
show(lambda: "%c" % 2 ** 70)
show(lambda: format(1.5, "d"))
show(lambda: format(10 ** 30, "_x") + " " + format(12345678, "_o"))
