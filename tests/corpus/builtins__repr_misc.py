# repr of builtin values and nested containers.
vals = [0, -1, 2.5, 1e100, "s", "it's", "\n", b"b", b"'", None, True, [], (), {}, set(), frozenset(),
        [1, [2, [3]]], (1,), {"a": (1, 2)}, range(3), range(1, 10, 2), slice(1, 2), Ellipsis, NotImplemented]
for v in vals:
    print(repr(v), str(v) == repr(v))
print(repr(print), repr(len), repr(int), repr(type), repr(object), repr(ValueError))
lst = [1]
lst.append(lst)
print(lst, repr(lst))
d = {"self": None}
d["self"] = d
print(d)
print(repr(repr("x")), repr(str), repr([str, int]))
