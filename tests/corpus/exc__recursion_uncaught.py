# Unbounded recursion through a method ends with RecursionError.
class Node:
    def __init__(self):
        self.next = self
    def length(self):
        return 1 + self.next.length()
print("start")
print(Node().length())
print("unreachable")
n = Node()
n.next = None
print(n.length())
