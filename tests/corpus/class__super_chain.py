# super() chains through several levels, with arguments.
class A:
    def __init__(self):
        print("A.__init__")
        self.trail = ["A"]
    def greet(self, who):
        return f"A greets {who}"
class B(A):
    def __init__(self):
        print("B.__init__ start")
        super().__init__()
        self.trail.append("B")
        print("B.__init__ end")
    def greet(self, who):
        return "B+" + super().greet(who)
class C(B):
    def __init__(self):
        print("C.__init__ start")
        super().__init__()
        self.trail.append("C")
    def greet(self, who):
        return "C+" + super().greet(who.upper())
c = C()
print(c.trail)
print(c.greet("bob"))
print(super(C, c).greet("x"), super(B, c).greet("y"))
class Counter:
    def __init__(self, start=0):
        self.value = start
class Stepper(Counter):
    def __init__(self, start, step):
        super().__init__(start)
        self.step = step
    def advance(self):
        self.value += self.step
        return self.value
s = Stepper(10, 5)
print(s.advance(), s.advance(), vars(s))
class Base:
    @classmethod
    def create(cls):
        return cls.__name__ + " created"
class Derived(Base):
    @classmethod
    def create(cls):
        return "derived: " + super().create()
print(Derived.create(), Base.create())
