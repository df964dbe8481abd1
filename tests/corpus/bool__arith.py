# bool is a subclass of int.
print(True + True, True * 3, False - True, True / 2, True // 2, -True, ~True, ~False)
print(sum([True, True, False, True]), sum(x > 2 for x in [1, 2, 3, 4, 5]))
print(int(True), float(False), str(True), repr(False), isinstance(True, int), issubclass(bool, int))
print(True == 1, False == 0, True is True, True == 1.0, hash(True) == hash(1))
print(type(True), type(True + 1), type(True & False), type(True and 1))
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool(" "), bool([]), bool([0]))
print(bool(()), bool({}), bool(set()), bool(None), bool(range(0)), bool(range(1)))
print(True and 5, 0 and 5, None or "default", "" or [] or 0, 3 or 4, not 0, not [1])
print([1, 2, 3][True], "ab"[False], {True: "yes"}[1])
print(True > False, max(True, False), sorted([True, False, True]), True ** 10)
print(f"{True}", f"{True:d}", f"{False!r}", "%d" % True, "%s" % False)
print(bool("False"), bool("0"), bool(-0.0))
x = True
x += 1
print(x, type(x))
