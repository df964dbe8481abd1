# Single inheritance: overriding, super(), isinstance.
class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
    def area(self):
        raise NotImplementedError("subclass must implement area")
    def describe(self):
        return f"{self.name} with {self.sides} sides and area {self.area()}"
class Rect(Shape):
    sides = 4
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"
class Triangle(Shape):
    sides = 3
    def __init__(self, b, h):
        Shape.__init__(self, "triangle")
        self.b, self.h = b, h
    def area(self):
        return self.b * self.h / 2
for s in [Rect(2, 3), Square(4), Triangle(3, 5)]:
    print(s.describe())
sq = Square(2)
print(isinstance(sq, Rect), isinstance(sq, Shape), isinstance(sq, Triangle))
print(issubclass(Square, Shape), issubclass(Shape, Square), Square.__bases__, Square.__mro__)
try:
    Shape("blob").describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(Square.sides, Square.__base__.__name__, type(sq).__mro__[1].__name__)
class Base:
    def hello(self):
        return "base hello"
class Child(Base):
    pass
print(Child().hello(), "hello" in Base.__dict__, "hello" in Child.__dict__)
