x, y, name = 3.14159, 42, "Ada"
print(f"{name} {y} {x:.2f} {y:5d}|{name:>8}|{name:<6}|{name:^7}|")
print(f"{y:08.3f} {y:,} {10**6:_} {255:x} {255:#o} {0.25:%} {x=}")
print(f"{y!r} {name!r} {1e10:e} {x:g} {-5:+d} {y:b}")
print("{} and {}".format("a", "b"), "{1}-{0}".format("a", "b"), "{n}!".format(n=5))
print("%d items, %s, %.1f, %5s|%-5s|" % (3, "x", 2.55, "r", "l"))
print("%r %x %o %%" % ("s", 255, 8))
