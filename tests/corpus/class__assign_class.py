# Assigning __class__ switches an instance's methods; CPython's checks on
# what may be assigned.
class Cat:
    def speak(self):
        return "meow " + self.name

class Dog:
    def speak(self):
        return "woof " + self.name

pet = Cat()
pet.name = "rex"
print(pet.speak(), type(pet).__name__, isinstance(pet, Cat))
for _ in range(3):
    pet.__class__ = Dog if type(pet) is Cat else Cat
    print(pet.speak(), pet.__class__.__name__)
setattr(pet, "__class__", Cat)
print(pet.speak(), vars(pet))
try:
    pet.__class__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    pet.__class__ = int
except TypeError as e:
    print("TypeError:", e)
class E(Exception):
    pass
try:
    pet.__class__ = E
except TypeError as e:
    print("TypeError:", e)
