# Attribute and method loads at one site must follow every change to the
# instances and classes they read (corelab caches these lookups per
# instruction; a stale cache would print an old value).


class A:
    def m(self):
        return "A.m"


def get_x(o):
    return o.x


def set_x(o, v):
    o.x = v


def call_m(o):
    return o.m()


# Same site, instances whose dicts hold x at different positions.
a = A(); a.x = 1; a.y = 2
b = A(); b.y = 3; b.x = 4
print([get_x(o) for o in (a, b, a, b)])

# Deleting and re-adding moves the entry.
del a.x
try:
    get_x(a)
except AttributeError as e:
    print("AttributeError:", e)
a.x = 5
print(get_x(a), get_x(b))

# A key that is an equal but distinct str object.
a.z = 0
del a.z
setattr(a, "".join(["x"]), 6)
print(get_x(a), getattr(a, "".join(["x"])))

# Stores at one site into instances of different layouts.
for o, v in ((a, 10), (b, 20), (a, 30)):
    set_x(o, v)
print(a.x, b.x, sorted(vars(a)), sorted(vars(b)))

# Changes through __dict__.
a.__dict__["x"] = 100
print(get_x(a))
a.__dict__.clear()
print(hasattr(a, "x"))
a.__dict__["x"] = 7
print(get_x(a))
set_x(a, 8)
print(a.__dict__["x"])

# Methods: warm the site, then replace the method on the class.
print([call_m(a) for _ in range(3)])
A.m = lambda self: "replaced"
print(call_m(a), call_m(b))

# An instance attribute shadows the method, deleting it unshadows it.
b.m = lambda: "instance"
print(call_m(a), call_m(b))
del b.m
print(call_m(b))


# Changing a base class is seen by subclass instances.
class Base:
    def who(self):
        return "Base"


class Sub(Base):
    pass


def call_who(o):
    return o.who()


s = Sub()
print(call_who(s), call_who(s))
Base.who = lambda self: "Base v2"
print(call_who(s))
Sub.who = lambda self: "Sub"
print(call_who(s))
del Sub.who
print(call_who(s))


# A property added later wins over the instance attribute.
class P:
    pass


p = P()
p.x = 1
print(get_x(p), get_x(p))
P.x = property(lambda self: "property")
print(get_x(p))


# __getattr__ added later answers a missing attribute.
class G:
    pass


g = G()
g.x = 1
print(get_x(g))
del g.x
G.__getattr__ = lambda self, name: "getattr " + name
print(get_x(g))


# Classes made and dropped in a loop, with enough garbage in between for a
# collection: a new class may reuse a freed one's place in memory; the site
# must still find each one's own method and attributes.
def make(n):
    class K:
        def m(self):
            return n
        x = n
    return K


out = []
for n in range(6):
    K = make(n)
    k = K()
    k.x = n * 10
    out.append((call_m(k), get_x(k)))
    del K, k
    garbage = [[i] for i in range(150_000)]
    del garbage
print(out)

# Exceptions are instances with data outside the attribute dict.
e = ValueError("boom")
set_x(e, 3)
print(get_x(e), e.args)
