# RecursionError is catchable and the interpreter keeps working.
import sys
def infinite(n):
    return infinite(n + 1) + 1
try:
    infinite(0)
except RecursionError as e:
    print("RecursionError:", e)
    print(isinstance(e, RuntimeError))
depth = 0
def measure():
    global depth
    depth += 1
    measure()
try:
    measure()
except RecursionError:
    print("depth reached is plausible:", 900 < depth <= sys.getrecursionlimit())
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(1)
except RecursionError as e:
    print("mutual:", e)
def ok(n):
    return 0 if n == 0 else 1 + ok(n - 1)
print("still works:", ok(200))
class Loop:
    def __repr__(self):
        return repr(self)
try:
    repr(Loop())
except RecursionError as e:
    print("repr loop:", type(e).__name__)
