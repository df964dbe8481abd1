# collections.deque: both ends, maxlen, rotate.
from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
print(d, d.count(7), d.index(7), 8 in d)
d.remove(7)
d.reverse()
print(d, list(reversed(d)))
bounded = deque(maxlen=3)
for i in range(6):
    bounded.append(i)
    print(list(bounded))
bounded.appendleft(100)
print(bounded, bounded.maxlen)
print(deque("abc", maxlen=2), deque(range(5), 3), deque())
d2 = deque([1, 2])
d2.insert(1, 1.5)
d2[0] = "first"
del d2[1]
print(d2, d2 == deque(["first", 2]), d2.copy(), deque([1]) + deque([2]), deque([1]) * 2)
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    deque().popleft()
except IndexError as e:
    print("IndexError:", e)
d3 = deque([3, 1, 2])
d3.clear()
print(d3, bool(d3))
