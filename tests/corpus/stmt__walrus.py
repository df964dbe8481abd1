# Assignment expressions (walrus).
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 6])
print(y)
values = iter([5, 4, 0, 7])
while (v := next(values)) != 0:
    print("got", v)
print("stopped at", v)
def f():
    if any((hit := x) > 5 for x in [1, 7, 3]):
        return hit
print(f())
print((z := 10), z + 1)
total = 0
print([total := total + x for x in range(5)], total)
def g(lines):
    out = []
    for line in lines:
        if (s := line.strip()) and not s.startswith("#"):
            out.append(s)
    return out
print(g(["  a ", "", " # c", "b"]))
print((a := 1, b := 2), a, b)
