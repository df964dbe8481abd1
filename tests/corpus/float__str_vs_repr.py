# Floats in containers use repr; print and str agree for floats.
values = [1.0, 10.0, 1e15, 1e16, 0.1, 1.23e-5, -3.0, 2.5e-3, 1e5 + 0.1]
print(values)
print(tuple(values[:3]))
print({v: str(v) for v in values[:3]})
for v in values:
    print(str(v) == repr(v), f"{v}", "%s" % v, "%r" % v)
print(str(0.1 + 0.2), 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(1.0 == 1, float("1.0") == 1, str(1.0) == "1.0")
print(100000000000000000.0, 1e16, 9999999999999999.0, 0.00001, 0.0001)
