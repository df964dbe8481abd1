# A user-defined __new__: singletons, __new__ returning another type, __init__ skipped or run, classes called from builtins (map, sorted keys), argument errors.
import threading

class Singleton:
    _instance = None
    _lock = threading.Lock()

    def __new__(cls, *args, **kwargs):
        with cls._lock:
            if cls._instance is None:
                print("creating", cls.__name__, args, kwargs)
                cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, value=0, *, tag=None):
        self.value = value
        self.tag = tag

a = Singleton(1, tag="x")
b = Singleton(2)
print(a is b, a.value, b.tag)

class Point:
    def __new__(cls, x, y):
        self = object.__new__(cls)
        self.x, self.y = x, y
        return self
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

print(Point(1, 2), Point(y=3, x=4))

class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(Other())

class Base:
    def __new__(cls, *a):
        inst = super().__new__(cls)
        inst.made_by = cls.__name__
        return inst
class Derived(Base):
    def __init__(self, n):
        self.n = n
d = Derived(5)
print(d.made_by, d.n, type(d).__name__)
print(list(map(Point, [1, 2], [3, 4])))
print(sorted([Point(3, 1), Point(1, 2)], key=lambda p: p.x))
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)

class Plain:
    pass
try:
    Plain(1)
except TypeError as e:
    print("TypeError:", e)

class NoInit:
    def __new__(cls, v):
        return super().__new__(cls)
print(type(NoInit(3)).__name__)

class BadInit:
    def __new__(cls):
        return super().__new__(cls)
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
print(type.__call__(Point, 7, 8))
