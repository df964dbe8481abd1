# Nothing in this file runs: the whole file fails to compile.
import sys
def helper(x):
    return x * 2
print("this line is never printed", helper(21))
print("start")
def f():
    return 1
f() = 5
for i in range(3):
    print("also never printed", i)
sys.exit(5)
