from __future__ import annotations
# The __future__ import must come first; annotations become strings.
from dataclasses import dataclass
@dataclass
class Tree:
    value: int
    children: list[Tree] | None = None
    def total(self) -> int:
        return self.value + sum(c.total() for c in (self.children or []))
t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(t.total())
print(Tree(5))
print(Tree.__annotations__)
def f(x: NotDefinedAnywhere) -> AlsoNotDefined:
    return x * 2
print(f(21), f.__annotations__["x"])
