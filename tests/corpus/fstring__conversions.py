# !r !s !a conversions, the = specifier, nested fields, expressions.
name = "Ada"
items = [1, "two", 3.0]
print(f"{name!r} {name!s} {name!a} {'é'!a} {items!r} {items}")
x = 10
y = 3
print(f"{x=} {y=} {x + y=} {x * y = } {name=!s} {name=}")
print(f"{x=:>5} {x/y=:.3f} {items[1]=} {len(items)=}")
print(f"{x!r:>6}|{name!r:^9}|{name:{'>'}{8}}|")
width, prec = 10, 3
val = 3.14159265
print(f"{val:{width}.{prec}f}|{val:<{width}.{prec + 2}f}|{val:{'^'}{width}}|")
d = {"key": "value", 1: "one"}
print(f"{d['key']} {d[1]} {'nested ' + name.upper()} {[i * 2 for i in range(3)]}")
print(f"{x if x > 5 else y} {(lambda v: v * 2)(x)} {name[::-1]} {x:#x}")
print(f"{{literal braces}} {{{x}}} {'{'}{x}{'}'}")
print(f"{'multi'}"
      f"{'part'}")
print(f"{3 + 4}", f"{'a' 'b'}", f"{x,}", f"{x, y}")
obj = type("Obj", (), {"__repr__": lambda self: "Obj<r>", "__str__": lambda self: "Obj<s>"})()
print(f"{obj} {obj!r} {obj!s} {obj=}")
