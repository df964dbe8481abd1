from __future__ import annotations
import math
import math as m
from math import sqrt, pi
import sys, os

print(math.sqrt(16), m.floor(2.7), sqrt(9), round(pi, 3))
print(len(sys.argv) >= 1, os.getpid() > 0, isinstance(os.cpu_count(), int), os.environ.get("NOPE"))
if __name__ == "__main__":
    print("main")
def typed(a: int, b: str = "x") -> str:
    return f"{a}{b}"
v: int = 5
print(typed(1), v)
