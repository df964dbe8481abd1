# An exception raised while handling another gets __context__.
def convert(s):
    try:
        return int(s)
    except ValueError:
        raise TypeError(f"cannot convert {s!r}")
try:
    convert("abc")
except TypeError as e:
    print("caught:", e)
    print("context:", type(e.__context__).__name__, e.__context__)
    print("cause:", e.__cause__, "suppress:", e.__suppress_context__)
try:
    try:
        {}["a"]
    except KeyError as first:
        try:
            [][1]
        except IndexError as second:
            raise ZeroDivisionError("third")
except ZeroDivisionError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(f"{type(cur).__name__}({cur})")
        cur = cur.__context__
    print(" <- ".join(chain))
try:
    try:
        raise ValueError("handled")
    except ValueError:
        pass
    raise KeyError("fresh")
except KeyError as e:
    print("no context after handled block:", e.__context__)
def handler_bug():
    try:
        1 / 0
    except ZeroDivisionError:
        undefined_name
try:
    handler_bug()
except NameError as e:
    print("NameError:", e, "| context:", repr(e.__context__))
