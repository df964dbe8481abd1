# str.format with positional, named, indexed and attribute fields.
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0} {2}".format("a", "b", "c"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0[0]} {0[1]} {1[key]} {1[other]}".format(["x", "y"], {"key": "K", "other": 9}))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(3, 4)
print("({0.x}, {0.y}) ({p.y}, {p.x})".format(p, p=p))
print("{:>6}|{:<6}|{:^6}|{:*^7}|".format("r", "l", "c", "s"))
print("{0:.2f} {0:e} {0:>10.1f} {1:,} {1:#x}".format(1234.5678, 48879))
print("{!r} {!s} {!a}".format("é", "é", "é"))
print("{{}} {{{}}} {{0}}".format("in"))
print("{:{w}.{p}f}|{:>{w}}".format(2.71828, "x", w=8, p=2))
args = ("a", "b")
kwargs = {"k": "v"}
print("{} {} {k}".format(*args, **kwargs))
print("{0}{0}{0}".format("ab"), "{a}-{b}".format_map({"a": 1, "b": 2}))
for bad in ["{", "}", "{0} {}", "{1}", "{x}", "{0.nope}", "{0[5]}"]:
    try:
        print(bad.format("only"))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
