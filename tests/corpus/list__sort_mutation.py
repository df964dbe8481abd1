# During list.sort the list is empty; changing it makes the sort raise.
l = [3, 1, 2]
def key_append(x):
    l.append(x)
    return x
try:
    l.sort(key=key_append)
except ValueError as e:
    print("ValueError:", e)
print(l)

seen = []
l2 = [5, 4, 6]
l2.sort(key=lambda x: seen.append(len(l2)) or -x)
print(l2, seen)

l3 = [2, 9, 4]
def key_fail(x):
    l3.append(0)
    if x == 4:
        raise KeyError(x)
    return x
try:
    l3.sort(key=key_fail)
except KeyError as e:
    print("KeyError:", e, l3)

class V:
    def __init__(self, x): self.x = x
    def __lt__(self, o):
        if self.x == 7:
            m.append(V(0))
        return self.x < o.x
    def __repr__(self): return f"V{self.x}"
m = [V(3), V(7), V(1)]
try:
    m.sort()
except ValueError as e:
    print("ValueError:", e, m)

src = [4, 2, 3]
out = sorted(src, key=lambda x: src.append(x) or x)
print(out, src)
