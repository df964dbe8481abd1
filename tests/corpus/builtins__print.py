# print(): sep, end, file, flush, and conversion of arguments.
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ", end=".\n")
print("no newline", end="")
print(" <- continued")
print(1, 2.5, None, True, [1, "x"], (2,), {"k": "v"}, sep=" | ")
print("x", end="")
print("y", end="\n\n")
print(*range(5), sep="-")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print("sep None", "end None", sep=None, end=None)
print("", "leading empty")
print("multi\nline", "text")
sys.stdout.write("written directly\n")
n = sys.stdout.write("abc")
print("", n)
print("to stdout explicitly", file=sys.stdout)
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", foo=1)
except TypeError as e:
    print("TypeError:", e)
print("last line to stderr", 42, file=sys.stderr)
