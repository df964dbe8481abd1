# None: the singleton, its repr, truthiness and common errors.
def nothing():
    pass
def implicit(x):
    if x:
        return 1
r = nothing()
print(r, repr(r), str(None), type(None), r is None, r == None, r is not None)
print(implicit(0), implicit(1), bool(None), None == 0, None == False, None == "")
print([None, None], (None,), {None: None}, None in [1, None], [1, None].count(None))
x = None
print(x or "fallback", x and "never", not x)
d = {"a": 1}
print(d.get("b"), d.get("b", None), [].append(1), print("inner"))
try:
    None + 1
except TypeError as e:
    print(e)
try:
    len(None)
except TypeError as e:
    print(e)
try:
    x()
except TypeError as e:
    print(e)
try:
    x[0]
except TypeError as e:
    print(e)
try:
    for i in None:
        pass
except TypeError as e:
    print(e)
try:
    sorted([3, None, 1])
except TypeError as e:
    print(e)
print(type(None).__name__, f"{None}", f"{None!r}", "%s" % None)
