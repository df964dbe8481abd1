# Order of try/except/else/finally in every path.
def run(mode):
    print("--", mode)
    try:
        print("try")
        if mode == "raise":
            raise ValueError("boom")
        if mode == "return":
            return "from try"
        if mode == "other":
            raise KeyError("k")
    except ValueError as e:
        print("except", e)
        return "from except"
    else:
        print("else")
        return "from else"
    finally:
        print("finally")
    print("unreachable")
for mode in ["ok", "raise", "return"]:
    print("result:", run(mode))
try:
    run("other")
except KeyError as e:
    print("outer caught", repr(e))
def nested():
    try:
        try:
            print("inner try")
            raise TypeError("t")
        finally:
            print("inner finally")
    except TypeError:
        print("outer except")
    finally:
        print("outer finally")
nested()
def finally_sees_value():
    x = "initial"
    try:
        x = "set in try"
        return x
    finally:
        x = "changed in finally"
        print("finally x =", x)
print(finally_sees_value())
