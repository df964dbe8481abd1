# dataclass(order=True) and dataclass(frozen=True).
from dataclasses import dataclass, FrozenInstanceError
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
vs = [Version(1, 2), Version(0, 9, 9), Version(1, 10), Version(1, 2, 1)]
print(sorted(vs))
print(Version(1) < Version(1, 0, 1), Version(2) >= Version(1, 99), max(vs))
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print("TypeError:", e)
@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float
c = Coord(1.5, 2.5)
print(c, hash(c) == hash(Coord(1.5, 2.5)), {c: "here"}[Coord(1.5, 2.5)])
try:
    c.lat = 0
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
try:
    del c.lon
except AttributeError as e:
    print(type(e).__name__ + ":", e)
@dataclass(eq=False)
class Ident:
    v: int
print(Ident(1) == Ident(1), Ident(1).v)
@dataclass(frozen=True, order=True)
class Card:
    rank: int
    suit: str
hand = {Card(10, "h"), Card(2, "s"), Card(10, "h")}
print(len(hand), sorted(hand))
