# Deterministic parts of the sys module.
import sys
print(len(sys.argv), type(sys.argv).__name__, type(sys.argv[0]).__name__)
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
print(sys.version_info[0], sys.version_info[:2] >= (3, 11), sys.version_info.major)
print(sys.maxsize == 2 ** 63 - 1, sys.byteorder in ("little", "big"), type(sys.path).__name__)
n = sys.stdout.write("written with sys.stdout.write\n")
print(n)
sys.stdout.write("no newline")
sys.stdout.write(" ... continued\n")
sys.stderr.write("this goes to stderr\n")
print(sys.float_info.max, sys.float_info.epsilon, sys.int_info.bits_per_digit in (15, 30))
print("sys" in sys.modules, sys.modules["sys"] is sys)
def deep(n):
    return n if n == 0 else deep(n - 1)
print(deep(900))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
print(callable(sys.exit), sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    et, ev, tb = sys.exc_info()
    print(et.__name__, repr(ev), tb is not None)
print("done")
