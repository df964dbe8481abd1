# Nothing in this file runs: the whole file fails to compile.
import sys
def helper(x):
    return x * 2
print("this line is never printed", helper(21))
print("this never runs")
x = = 1
print(x)
for i in range(3):
    print("also never printed", i)
sys.exit(5)
