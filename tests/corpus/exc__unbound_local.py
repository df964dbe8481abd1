# UnboundLocalError: assignment anywhere in a function makes a name local.
count = 10
def broken():
    print("before")
    count += 1
    return count
try:
    broken()
except UnboundLocalError as e:
    print(type(e).__name__, e, isinstance(e, NameError))
def conditional(flag):
    if flag:
        value = "set"
    return value
print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def later_assignment():
    try:
        print(x_later)
    except NameError as e:
        print(type(e).__name__, e)
    x_later = 1
later_assignment()
def uses_global():
    return count + 1
print(uses_global())
def deleted():
    y = 5
    del y
    return y
try:
    deleted()
except UnboundLocalError as e:
    print("after del:", e)
def closure_unbound():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 1
    return inner()
print(closure_unbound())
