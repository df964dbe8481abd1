# NameError messages, including suggestions-free cases.
def show(fn):
    try:
        fn()
    except NameError as e:
        print(type(e).__name__ + ":", e)
show(lambda: undefined_thing)
show(lambda: qwertyuiop + 1)
def uses_missing():
    return missing_helper()
show(uses_missing)
try:
    del never_defined
except NameError as e:
    print("del:", e)
try:
    print(__undefined_dunder__)
except NameError as e:
    print(e)
x = 1
del x
try:
    x
except NameError as e:
    print(e, "|", e.args)
print("done")
