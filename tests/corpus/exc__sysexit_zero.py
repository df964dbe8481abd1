# sys.exit() and sys.exit(None) mean success; finally blocks still run.
import sys
try:
    print("in try")
    sys.exit()
finally:
    print("finally still runs")
print("unreachable")
raise SystemExit(3)
def f():
    pass
