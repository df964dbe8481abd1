# Merging dicts: |, |=, ** unpacking, update.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a, b)
c = dict(a)
c |= b
print(c)
c |= [("w", 0)]
print(c)
print({**a, **b}, {**b, **a}, {**a, "y": 99}, {"y": 99, **a})
def f(**kw):
    return kw
print(f(**a), f(**a, z=3), f(**{"k": 1}, **{"j": 2}))
try:
    f(**a, x=5)
except TypeError as e:
    print("TypeError:", e)
try:
    a | [("q", 1)]
except TypeError as e:
    print("TypeError:", e)
nested = {"cfg": {"debug": False}}
merged = {**nested}
merged["cfg"]["debug"] = True
print(nested, merged)
print(dict(a, **b), dict(b, y=0))
