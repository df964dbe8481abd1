# __bool__ and __len__ drive truthiness.
class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called", self.v)
        return self.v
class Bag:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        print("len called", len(self.items))
        return len(self.items)
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(Flag(True)), bool(Flag(False)))
print(bool(Bag([])), bool(Bag([1])))
print(bool(Both()), len(Both()))
if Flag(False) or Bag([0]):
    print("branch taken")
print(not Flag(True), bool(Flag(False) and "unreached"))
print([x for x in [Bag([]), Bag([1, 2])] if x].__len__())
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print("ValueError:", e)
class Plain:
    pass
print(bool(Plain()))
