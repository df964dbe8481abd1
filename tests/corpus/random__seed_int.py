# random with an integer seed reproduces CPython's Mersenne Twister stream.
import random
random.seed(42)
print([random.random() for _ in range(5)])
print([random.randint(1, 100) for _ in range(10)])
print([random.randrange(10) for _ in range(10)])
print([random.randrange(5, 50, 5) for _ in range(8)])
print(random.randrange(-100, 100), random.randint(0, 0), random.randrange(1))
print(random.getrandbits(8), random.getrandbits(64), random.getrandbits(100))
random.seed(0)
a = [random.random() for _ in range(3)]
random.seed(0)
b = [random.random() for _ in range(3)]
print(a == b, a)
random.seed(12345)
print(random.randint(1, 6), random.randint(1, 6), random.randint(1, 10 ** 30))
for s in [1, 2, 99, -5, 0]:
    random.seed(s)
    print(s, random.random(), random.randrange(1000))
