# isinstance/issubclass/type with classes and builtins.
class Animal: pass
class Dog(Animal): pass
class Cat(Animal): pass
d = Dog()
print(isinstance(d, Dog), isinstance(d, Animal), isinstance(d, Cat), isinstance(d, (Cat, Dog)))
print(issubclass(Dog, Animal), issubclass(Dog, (Cat, int)), issubclass(Dog, Dog), issubclass(Dog, object))
print(type(d), type(d) is Dog, type(d) == Animal, type(d).__name__, d.__class__ is Dog)
print(type(Dog), type(type), type(int), isinstance(Dog, type), isinstance(int, type))
for v in [1, 1.5, "s", b"b", [1], (1,), {1: 1}, {1}, frozenset(), None, True, range(1), len, print]:
    print(repr(v)[:12].ljust(12), type(v).__name__, isinstance(v, int), isinstance(v, (list, tuple)))
print(isinstance(True, int), isinstance(1, bool), isinstance(1, float), isinstance(1.0, (int, float)))
print(type(1) is int, type(True) is int, type(None)(), type("x")("abc"), type([])((1, 2)))
print(isinstance(d, object), isinstance(None, object), isinstance(object, object), issubclass(bool, int))
try:
    isinstance(d, "Dog")
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(d, Animal)
except TypeError as e:
    print("TypeError:", e)
print(Dog.__name__, Dog.__qualname__, Dog.__module__, Animal.__subclasses__() == [Dog, Cat])
