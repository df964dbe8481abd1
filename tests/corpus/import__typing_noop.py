# typing constructs used only as annotations have no runtime effect.
from typing import List, Dict, Optional, Any, Callable, Tuple
import typing
Vector = List[float]
def scale(v: Vector, k: float) -> Vector:
    return [k * x for x in v]
def lookup(d: Dict[str, int], key: str) -> Optional[int]:
    return d.get(key)
def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)
def pair() -> Tuple[int, str]:
    return 1, "a"
def anything(x: Any) -> Any:
    return x
print(scale([1.0, 2.0], 2), lookup({"a": 1}, "a"), lookup({}, "b"), apply(abs, -3), pair(), anything([1]))
items: List[int] = []
items.append(3)
print(items)
def f(x: "typing.Optional[int]" = None) -> None:
    print("f got", x)
f()
f(5)
class Box:
    content: Any
    count: int = 0
b = Box()
print(b.count, hasattr(b, "content"))
