# except with a tuple of types; the as-variable is cleared after the handler.
def classify(fn):
    try:
        fn()
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except (TypeError, ValueError) as e:
        return "type/value " + type(e).__name__
    except ZeroDivisionError:
        return "zero"
    return "none"
for fn in [lambda: {}[1], lambda: [][1], lambda: int("x"), lambda: 1 + None, lambda: 1 / 0, lambda: 0]:
    print(classify(fn))
try:
    raise ValueError("gone")
except ValueError as err:
    print("inside", err)
try:
    print(err)
except NameError as e:
    print("NameError:", e)
err = "preexisting"
try:
    raise ValueError("again")
except ValueError as err:
    pass
print("err" in dir())
errors = (ValueError, TypeError)
try:
    raise TypeError("dynamic tuple")
except errors as e:
    print("caught with variable tuple:", e)
try:
    try:
        raise KeyError("k")
    except 5:
        pass
except TypeError as e:
    print("TypeError:", e)
