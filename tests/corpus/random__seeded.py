import random
random.seed(42)
print(random.random(), random.randint(1, 100), random.randrange(0, 50, 5))
print(random.choice("abcdef"), random.uniform(1, 2), random.gauss(0, 1))
lst = list(range(10)); random.shuffle(lst); print(lst)
print(random.sample(range(100), 5), random.choices(["a", "b", "c"], weights=[1, 2, 3], k=5))
random.seed("hello"); print(random.random(), random.getrandbits(70))
r = random.Random(2 ** 100); print(r.random(), r.randint(-10, 10))
random.seed(7); print([random.randint(1, 6) for _ in range(10)])
