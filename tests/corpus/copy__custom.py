# Copying user-defined objects, including __copy__/__deepcopy__ hooks.
import copy
class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []
    def __repr__(self):
        return f"Node({self.value}, {self.children})"
tree = Node(1, [Node(2), Node(3, [Node(4)])])
s = copy.copy(tree)
d = copy.deepcopy(tree)
tree.children[0].value = 20
tree.value = 10
print(tree)
print(s)
print(d)
print(type(d).__name__, s.children is tree.children, d.children is tree.children)
class Tracked:
    def __init__(self, data):
        self.data = data
    def __copy__(self):
        print("__copy__ called")
        return Tracked(self.data)
    def __deepcopy__(self, memo):
        print("__deepcopy__ called")
        return Tracked(copy.deepcopy(self.data, memo))
t = Tracked([1, 2])
t2 = copy.copy(t)
t3 = copy.deepcopy(t)
t.data.append(3)
print(t.data, t2.data, t3.data)
shared = [0]
holder = {"a": shared, "b": shared}
h2 = copy.deepcopy(holder)
print(h2["a"] is h2["b"], h2["a"] is shared)
