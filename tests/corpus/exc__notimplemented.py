# NotImplementedError for abstract methods versus NotImplemented the value.
class Base:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")
    def __eq__(self, other):
        return NotImplemented
class Impl(Base):
    def area(self):
        return 3
class Missing(Base):
    pass
for obj in [Impl(), Missing()]:
    try:
        print(type(obj).__name__, obj.area())
    except NotImplementedError as e:
        print("NotImplementedError:", e, isinstance(e, RuntimeError))
print(Base() == Base(), Base() != Base())
b = Base()
print(b == b)
print(repr(NotImplemented), type(NotImplemented).__name__)
try:
    raise NotImplementedError
except NotImplementedError as e:
    print(repr(e), e.args)
