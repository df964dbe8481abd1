vals = [0, 7, -42, 1234567, 3.14159, -0.5, 1e-7, 2.5e12, 100.0, float("inf")]
for v in vals:
    print(f"{v:>12}|{v:<12}|{v:^12}|{v:+}|{v:012}|")
for v in [0.1, 2.675, 1/3, 123456.789]:
    print(f"{v:.0f} {v:.2f} {v:10.3f} {v:e} {v:.3e} {v:g} {v:.3g} {v:%} {v:.1%} {v:,.2f}")
for i in [0, 5, 255, 65535, -17, 2**70]:
    print(f"{i:b} {i:o} {i:x} {i:X} {i:#x} {i:#b} {i:08d} {i:,} {i:_} {i:+d}")
print(format(42), format(3.5, "08.2f"), format("ab", "*^6"), format(True, "d"), format(True))
print("{:>5}|{:<5}|{:^5}".format("a", "b", "c"), "{0}{1}{0}".format("x", "y"), "{a}-{b}".format(a=1, b=2))
print("{:.{}f}".format(3.14159, 2), "{0[1]} {1.real}".format([9, 8], 5), "{!r:>6}".format("q"))
print("%s=%d (%.2f%%) [%5.1f] [%-6s] [%06.2f] %x %o %c" % ("k", 42, 99.5, 2.25, "ab", 3.14159, 255, 8, 65))
print("%(name)s is %(age)d" % {"name": "Ada", "age": 36}, "%r" % ("x",), "%+d % d" % (5, 5))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError", e)
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError", e)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError", e)
try:
    "%d %d" % (1,)
except TypeError as e:
    print("TypeError", e)
