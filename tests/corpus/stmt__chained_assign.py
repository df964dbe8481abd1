# Chained assignment targets and aliasing.
a = b = c = 0
print(a, b, c)
a = 1
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
p, q = r = (1, 2)
print(p, q, r)
i = lst = None
lst = [0, 0, 0]
i = 1
try:
    i = lst[i] = 5
except IndexError as e:
    print("IndexError:", e, "i is now", i)
j = 0
j = lst[j] = 2
print(j, lst)
d = {}
d["a"] = d["b"] = len(d)
print(d)
class O:
    pass
o = O()
o.x = o.y = "shared"
print(o.x, o.y, vars(o))
m = n = 10
m += 1
print(m, n)
s = t = "str"
s += "!"
print(s, t)
