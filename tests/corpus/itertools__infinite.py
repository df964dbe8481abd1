# count, cycle, repeat.
from itertools import count, cycle, repeat, islice
c = count()
print(next(c), next(c), next(c))
print(list(islice(count(10), 5)), list(islice(count(5, -2), 4)), list(islice(count(0.5, 0.25), 4)))
print(list(zip(count(1), "abc")))
cy = cycle("AB")
print([next(cy) for _ in range(5)])
print(list(islice(cycle([1, 2, 3]), 8)), list(cycle([])))
print(list(repeat("x", 3)), list(repeat(None, 0)), list(islice(repeat(7), 4)))
print(list(map(pow, range(5), repeat(2))))
print(repr(count(3)), repr(count(1, 2)), repr(repeat("a", 2)))
for i in count(100, 10):
    if i > 130:
        break
    print(i)
