# itemgetter, attrgetter, methodcaller.
from operator import itemgetter, attrgetter, methodcaller
rows = [{"name": "bob", "age": 25}, {"name": "amy", "age": 31}, {"name": "cat", "age": 25}]
print(sorted(rows, key=itemgetter("age")))
print(sorted(rows, key=itemgetter("age", "name")))
first, both = itemgetter(0), itemgetter(0, 2)
print(first("xyz"), both("xyz"), itemgetter(slice(1, 3))([1, 2, 3, 4]), itemgetter(-1)([1, 2]))
class P:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner
    def greet(self, greeting, punct="!"):
        return f"{greeting}, {self.name}{punct}"
people = [P("zed"), P("ann", P("child")), P("max")]
print([p.name for p in sorted(people, key=attrgetter("name"))])
print(attrgetter("inner.name")(people[1]), attrgetter("name", "inner")(people[0]))
upper = methodcaller("upper")
greet = methodcaller("greet", "Hi", punct="?")
print(upper("abc"), greet(people[0]), list(map(methodcaller("split", ","), ["a,b", "c"])))
print(list(map(itemgetter(1), [(1, "one"), (2, "two")])))
try:
    itemgetter(5)([1])
except IndexError as e:
    print("IndexError:", e)
try:
    attrgetter("missing")(people[0])
except AttributeError as e:
    print("AttributeError:", e)
print(repr(itemgetter(1)), repr(attrgetter("a.b")), repr(methodcaller("m", 1, k=2)))
