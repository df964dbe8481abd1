# Constant set displays are folded into frozenset constants as CPython 3.11
# folds them, so iteration order matches: `in`, `for`, comprehensions and
# displays of three or more constants.
print(list({7, 15, 23}), list({23, 15, 7}), list({1, 9, 17, 25}))
for i in {7, 15, 23}:
    print(i, end=" ")
print()
print([j for j in {40, 8, 16, 24}])
x = 15
print(x in {7, 15, 23}, x not in {7, 15}, 3 in {1, 2})
s = {7, 15, 23}
s.add(31)
print(s, len(s))
print({"b", "a"} == {"a", "b"}, sorted({3.5, 1.5, 2.5}))
print(list({(1, 2), (3, 4), (5, 6)}))
a = list({7, 15, 23})
def f():
    return list({23, 15, 7})
print(a, f())
# set(s), s.copy(), frozenset(s) copy the table (CPython's set_merge).
t = {x for x in [23, 15, 7, 31, 39]}
print(list(t), list(set(t)), list(t.copy()), list(frozenset(t)))
u = {x for x in [64, 0, 32, 96, 128]}
u.discard(32)
print(list(u), list(set(u)), list(u.copy()))
w = {*t, *u}
print(list(w))
v = {x for x in [5, 13, 21]}
v.update(t)
print(list(v))
e = set()
e.update(u, [99, 7])
print(list(e))
