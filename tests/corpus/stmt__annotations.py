# Type annotations are evaluated (without __future__) and stored.
from typing import List, Dict, Optional
x: int = 5
y: str
names: List[str] = ["a", "b"]
def f(a: int, b: "str" = "d", *args: int, c: float = 1.0, **kw: bool) -> Optional[int]:
    return a
print(f(1), x, names)
print(f.__annotations__["a"], f.__annotations__["b"], f.__annotations__["return"])
print(sorted(f.__annotations__))
print(__annotations__["x"], "y" in __annotations__, sorted(__annotations__))
try:
    print(y)
except NameError as e:
    print("NameError:", e)
class Point:
    x: int
    y: int = 0
    label: str = "p"
print(Point.__annotations__, Point.y, hasattr(Point, "x"))
def g(n: int) -> int:
    total: int = 0
    for i in range(n):
        total += i
    return total
print(g(5), g.__annotations__)
counts: Dict[str, int] = {}
counts["a"] = 1
print(counts)
