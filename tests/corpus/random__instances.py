# Independent random.Random instances and state save/restore.
import random
r1 = random.Random(5)
r2 = random.Random(5)
print(r1.random() == r2.random(), r1.randint(1, 10), r2.randint(1, 10))
r3 = random.Random("text seed")
print(r3.random(), r3.choice([1, 2, 3]))
state = r1.getstate()
x = [r1.random() for _ in range(3)]
r1.setstate(state)
y = [r1.random() for _ in range(3)]
print(x == y, x)
random.seed(1)
g = random.random()
r = random.Random(1)
print(g == r.random())
r.seed(99)
print(r.randrange(0, 1000, 7), r.sample([10, 20, 30, 40], 2))
lst = list("abcdef")
r.shuffle(lst)
print(lst)
