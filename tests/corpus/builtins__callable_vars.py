# callable, vars, dir-free introspection, object().
class C:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = [2]
    def m(self):
        pass
c = C()
print(callable(C), callable(c), callable(c.m), callable(len), callable(lambda: 0), callable(5), callable("s"))
print(vars(c), sorted(k for k in vars(C) if not k.startswith("__")))
vars(c)["z"] = 26
print(c.z, vars(c))
o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object())
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
sentinel = object()
def get(d, k, default=sentinel):
    if k in d:
        return d[k]
    if default is sentinel:
        return "no default given"
    return default
print(get({}, "a"), get({}, "a", None), get({"a": 0}, "a"))
def f():
    local_x = 1
    local_y = "two"
    return vars()
print(f())
print(sorted(name for name in dir(c) if not name.startswith("__")))
print("m" in dir(C), "a" in dir(C), "a" in dir(c))
