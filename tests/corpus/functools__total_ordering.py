# functools.total_ordering fills in the missing comparison methods.
from functools import total_ordering
@total_ordering
class Grade:
    order = ["F", "D", "C", "B", "A"]
    def __init__(self, letter):
        self.letter = letter
    def __eq__(self, other):
        return self.letter == other.letter
    def __lt__(self, other):
        return self.order.index(self.letter) < self.order.index(other.letter)
    def __repr__(self):
        return f"Grade({self.letter!r})"
a, b, c = Grade("A"), Grade("C"), Grade("C")
print(a > b, a >= b, a <= b, b <= c, b >= c, b < c, a != b, b == c)
print(sorted([Grade("B"), Grade("F"), Grade("A"), Grade("C")]))
print(max(Grade("D"), Grade("B")), min([Grade("A"), Grade("F")]))
@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __gt__(self, o):
        return self.parts > o.parts
    def __repr__(self):
        return ".".join(map(str, self.parts))
vs = [Version(v) for v in ["1.10", "1.2", "1.2.1", "0.9"]]
print(sorted(vs), Version("1.2") < Version("1.10"), Version("2.0") <= Version("2.0"))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)
