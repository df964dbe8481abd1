# uniform, gauss and friends after seeding.
import random
random.seed(42)
print([random.uniform(1, 10) for _ in range(3)])
print([random.gauss(0, 1) for _ in range(4)])
print([random.gauss(100, 15) for _ in range(2)])
print(random.normalvariate(0, 1), random.expovariate(1.5), random.triangular(0, 10, 3))
print(random.betavariate(2, 3), random.gammavariate(2.0, 1.0), random.lognormvariate(0, 1))
print(random.vonmisesvariate(1, 2), random.paretovariate(3), random.weibullvariate(1, 1.5))
random.seed(7)
print(random.uniform(5, 5), random.uniform(10, 0))
