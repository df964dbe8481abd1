# Field ordering rules, keyword-only fields and class variables.
from dataclasses import dataclass, field, KW_ONLY
from typing import ClassVar
@dataclass
class Config:
    name: str
    debug: bool = False
    retries: int = 3
    registry: ClassVar[dict] = {}
print(Config("a"), Config("b", True, 5), Config(name="c", retries=0))
print("registry" in Config.__dataclass_fields__, Config.registry)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class BadDefault:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int
print(Opts(level=2))
try:
    Opts(True, 1)
except TypeError as e:
    print("TypeError:", e)
@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 0
    c: int = field(default=5, kw_only=True)
print(Mixed(1, b=2), Mixed(a=0, c=9))
