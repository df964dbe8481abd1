# Augmented assignment on names, attributes and subscripts; evaluation order.
class Box:
    def __init__(self):
        self.v = 1
b = Box()
b.v += 10
b.v *= 3
b.v -= 1
b.v //= 4
b.v **= 2
b.v %= 7
b.v <<= 3
b.v >>= 1
b.v |= 1
b.v &= 0xF
b.v ^= 0b101
print(b.v)
lst = [1, 2, 3]
lst[0] += 100
lst[-1] *= 5
lst[1:2] += ["x"]
print(lst)
d = {"k": 1}
d["k"] += 1
d.setdefault("new", []).append(3)
d["new"] += [4]
print(d)
s = "ab"
s += "cd"
s *= 2
print(s)
t = (1,)
t += (2,)
print(t)
calls = []
def key(k):
    calls.append(k)
    return k
store = {"a": 0}
store[key("a")] += 5
print(store, calls)
class Logged:
    def __init__(self):
        self.data = {"x": 1}
    def __getitem__(self, k):
        print("get", k)
        return self.data[k]
    def __setitem__(self, k, v):
        print("set", k, v)
        self.data[k] = v
lg = Logged()
lg["x"] += 41
print(lg.data)
f = 1.5
f /= 2
print(f)
