# Classes: construction, instance vs class attributes, methods.
class Dog:
    species = "canis familiaris"
    count = 0
    def __init__(self, name, age):
        self.name = name
        self.age = age
        Dog.count += 1
    def describe(self):
        return f"{self.name} is {self.age}"
    def birthday(self):
        self.age += 1
        return self
a = Dog("Rex", 3)
b = Dog("Fido", 5)
print(a.describe(), b.describe(), Dog.count, a.count)
print(a.species, Dog.species, a.species is Dog.species)
a.species = "custom"
print(a.species, b.species, Dog.species)
del a.species
print(a.species)
Dog.species = "changed"
print(a.species, b.species)
print(a.birthday().birthday().age, b.age)
print(Dog.describe(b), type(a) is Dog, type(a).__name__, Dog.__name__)
print(sorted(vars(a)), vars(b))
a.nickname = "R"
print(a.nickname, hasattr(b, "nickname"))
bound = a.describe
print(bound(), bound.__self__ is a, bound.__func__ is Dog.describe)
class Empty:
    pass
e = Empty()
print(type(e).__name__, isinstance(e, object), Empty.__bases__, Empty.__name__)
try:
    e.missing
except AttributeError as err:
    print("AttributeError:", err)
try:
    Dog.nope
except AttributeError as err:
    print("AttributeError:", err)
