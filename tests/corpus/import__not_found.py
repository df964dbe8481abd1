# Importing a name that is no module at all: ModuleNotFoundError, as CPython.
try:
    import no_such_module_abc
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name, e.path, e.msg, e.args)
try:
    from no_such_pkg_q import thing
except ImportError as e:
    print(type(e).__name__, e, e.name, isinstance(e, ModuleNotFoundError))
try:
    from math import nope
except ImportError as e:
    print(type(e).__name__, e.name, type(e) is ImportError)
e = ImportError("custom", name="mod", path="/x/mod.py")
print(e, e.name, e.path, e.msg, e.args)
e = ImportError("a", "b")
print(e, e.name, e.path, e.msg)
try:
    ImportError(bogus=1)
except TypeError as err:
    print("TypeError:", err)
