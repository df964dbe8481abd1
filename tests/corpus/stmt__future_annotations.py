from __future__ import annotations
# With postponed evaluation, annotations are strings and may name undefined things.
def f(x: UndefinedType, y: list[int] = None) -> AlsoUndefined:
    return x
print(f(5))
print(f.__annotations__)
class Node:
    next: Node | None
    value: int = 0
    def link(self, other: Node) -> Node:
        self.next = other
        return self
print(Node.__annotations__)
print(Node.link.__annotations__)
n = Node().link(Node())
print(type(n.next).__name__, n.value)
x: SomethingMissing = 3
print(x, __annotations__)
