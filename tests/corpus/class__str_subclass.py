# Subclasses of str: methods and operators return plain str, hashing and
# equality like the plain string, __new__/__init__, __str__/__repr__ rules.
import copy


class Name(str):
    def shout(self):
        return self.upper() + "!"


n = Name("abc")
print(n, repr(n), str(n), f"{n}", f"[{n:>6}]", format(n, "^7"), "%s|%r|%5s" % (n, n, n))
print(type(n).__name__, isinstance(n, str), type(n) is Name, type(str(n)).__name__)
print(n.shout(), type(n.upper()).__name__, n.title(), n.split("b"), n.replace("a", "z"), n.startswith("ab"), n.find("c"))
print(n + "def", type(n + "def").__name__, "x" + n, type("x" + n).__name__, n * 2, 2 * n, type(n * 2).__name__)
print(n[0], type(n[0]).__name__, n[1:], type(n[1:]).__name__, n[::-1], len(n), list(n), "b" in n, "z" in n)
print(n == "abc", "abc" == n, n < "abd", "abd" > n, n != "abc", hash(n) == hash("abc"))
print({n: 1}["abc"], {"abc": 2}[n], n in {"abc": 1}, n in ["abc"], "abc" in {n})
print(",".join([n, Name("x")]), Name("-").join(["a", "b"]), type(Name("-").join(["a", "b"])).__name__)
print(Name(5), repr(Name()), Name(b"hi"), Name([1, 2]), Name(b"hi", "ascii"))
print(sorted([Name("b"), "a", Name("c")]), max(Name("a"), Name("z")), bool(Name("")), bool(n))
print(int(Name("42")), float(Name("1.5")), [c + "." for c in n], list(reversed(n)), n.encode())
print("%s-%s" % (Name("a"), 1), Name("%s=%d") % ("x", 3), type(Name("%s") % "q").__name__)
print("{}".format(n), "{0!r}".format(n), f"{n!r}", n.format(), Name("{}+{}").format(1, 2))
print(getattr(n, "shout")(), n.__class__.__name__, n.__getnewargs__(), str.upper(n), n.__len__())

n.tag = 3
print(n.tag, vars(n))


def kw(**k):
    return k


print(kw(**{Name("key"): 1}), getattr(n, Name("tag")))


class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())

    def __repr__(self):
        return "Upper(" + str.__repr__(self) + ")"


u = Upper("hey")
print(u, repr(u), [u], str(u), f"{u}", type(u).__name__, u == "HEY", "%s %r" % (u, u))


class Tagged(str):
    def __new__(cls, value, tag):
        obj = str.__new__(cls, value)
        obj.tag = tag
        return obj

    def __init__(self, value, tag):
        self.inited = True


t = Tagged("v", "T")
print(t, t.tag, t.inited, t + "w")


class Loud(str):
    def __str__(self):
        return "LOUD"


s = Loud("base")
print(s, str(s), f"{s}", "%s" % s, repr(s), s + "x", format(s, ""), "{}".format(s), f"{s:>6}")


class Token(str):
    __slots__ = ("kind",)


tk = Token("+")
tk.kind = "op"
print(tk, tk.kind, hasattr(tk, "__dict__"))

c = Name("copy")
c.k = [1]
c2, c3 = copy.copy(c), copy.deepcopy(c)
print(type(c2).__name__, c2, c2.k is c.k, type(c3).__name__, c3.k, c3.k is c.k)

class Suffix:
    def __radd__(self, other):
        return ("radd", other, type(other).__name__)


print(n + Suffix())

for label, thunk in [
    ("n + 1", lambda: n + 1),
    ("n + [1]", lambda: n + [1]),
    ("[1] + n", lambda: [1] + n),
    ("n * 'a'", lambda: n * "a"),
    ("n < 1", lambda: n < 1),
    ("n[10]", lambda: n[10]),
    ("1 in n", lambda: 1 in n),
    ("str.__add__(1, 'a')", lambda: str.__add__(1, "a")),
    ("str.__new__(int)", lambda: str.__new__(int)),
    ("int(Name('x'))", lambda: int(Name("x"))),
]:
    try:
        print(label, "->", thunk())
    except Exception as e:
        print(label, "->", type(e).__name__, e)
