# __iter__ and __next__.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(5)))
c = Countdown(3)
for x in c:
    print("tick", x)
print(list(c), next(c, "exhausted"))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(4)
print(list(r), list(r), sum(r), max(r), sorted(r, reverse=True))
print([(a, b) for a in Range2(2) for b in Range2(2)])
it = iter(Range2(2))
print(next(it), next(it), next(it, None))
class Pairs:
    def __init__(self, d):
        self.d = d
    def __iter__(self):
        return iter(sorted(self.d.items()))
print(dict(Pairs({"b": 2, "a": 1})), list(zip(Pairs({"x": 0}), "y")))
a, b = Countdown(2)
print(a, b)
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    for _ in BadIter():
        pass
except TypeError as e:
    print("TypeError:", e)
