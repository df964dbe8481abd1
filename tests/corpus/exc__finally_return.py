# return/break/continue inside finally override the pending outcome.
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(swallow())
def override():
    try:
        return "try value"
    finally:
        return "finally value"
print(override())
def count():
    n = 0
    for i in range(5):
        try:
            if i == 1:
                raise RuntimeError("discarded by continue")
            n += 1
        finally:
            if i == 1:
                continue
    return n
print(count())
def brk():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "broke out, i=" + str(i)
print(brk())
def finally_raises():
    try:
        return "never returned"
    finally:
        raise IndexError("from finally")
try:
    finally_raises()
except IndexError as e:
    print("IndexError:", e, "context:", e.__context__)
def both_raise():
    try:
        raise ValueError("first")
    finally:
        raise TypeError("second")
try:
    both_raise()
except TypeError as e:
    print("TypeError:", e, "context:", repr(e.__context__))
