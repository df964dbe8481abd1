# asdict, astuple, replace, fields and __post_init__.
from dataclasses import dataclass, field, asdict, astuple, replace, fields
@dataclass
class Address:
    city: str
    zip: str = "00000"
@dataclass
class Person:
    name: str
    age: int
    address: Address = field(default_factory=lambda: Address("Nowhere"))
    nicknames: list = field(default_factory=list)
    def greeting(self):
        return f"Hi {self.name}"
p = Person("Ann", 30, Address("Oslo", "0150"), ["annie"])
print(p)
print(asdict(p))
print(astuple(p))
q = replace(p, age=31)
print(q, q.address is p.address, p.age)
print([f.name for f in fields(Person)], len(fields(Address)))
print(p.greeting(), Person("Bob", 5).address)
@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    def __post_init__(self):
        if self.w < 0 or self.h < 0:
            raise ValueError("negative size")
        self.area = self.w * self.h
print(Rect(2, 3), Rect(2, 3).area)
try:
    Rect(-1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    Rect(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
