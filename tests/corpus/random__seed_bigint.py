# Seeding with big integers, negative integers, floats-as-ints and bools.
import random
for s in [2 ** 32, 2 ** 32 + 1, 2 ** 64 - 1, 2 ** 100, 10 ** 30, 12345678901234567890123, -(2 ** 70), True]:
    random.seed(s)
    print(s, random.random(), random.randint(1, 1000), random.getrandbits(32))
random.seed(2 ** 1000 + 7)
print([random.randrange(100) for _ in range(10)])
random.seed(-1)
a = random.random()
random.seed(1)
print(a == random.random(), "negative seeds use their absolute value")
random.seed(0)
print(random.random(), random.getrandbits(200))
