# Lowering the recursion limit changes where RecursionError appears.
import sys
def depth(n=0):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
sys.setrecursionlimit(200)
low = depth()
sys.setrecursionlimit(600)
high = depth()
print(low < high, 150 < low <= 200, 550 < high <= 600)
sys.setrecursionlimit(100)
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(50))
try:
    count(500)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(1000)
print(count(500))
