# __getattr__ as a fallback and __setattr__ interception.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self.log.append("set " + name)
        setattr(self._target, name, value)
class Thing:
    def __init__(self):
        self.size = 3
    def grow(self):
        self.size += 1
        return self.size
t = Thing()
p = Proxy(t)
print(p.size, p.grow(), p.size, t.size)
p.color = "red"
print(t.color, p.log, "color" in vars(p))
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
class Defaults:
    known = 1
    def __getattr__(self, name):
        if name.startswith("opt_"):
            return name[4:].upper()
        raise AttributeError(f"{type(self).__name__} has no {name!r}")
d = Defaults()
print(d.known, d.opt_speed, getattr(d, "opt_x"), hasattr(d, "opt_y"), hasattr(d, "other"))
try:
    d.other
except AttributeError as e:
    print("AttributeError:", e)
class Frozen:
    def __init__(self):
        object.__setattr__(self, "x", 1)
    def __setattr__(self, k, v):
        raise AttributeError(f"cannot set {k}")
    def __delattr__(self, k):
        raise AttributeError(f"cannot delete {k}")
f = Frozen()
for action in [lambda: setattr(f, "x", 2), lambda: delattr(f, "x")]:
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
print(f.x)
