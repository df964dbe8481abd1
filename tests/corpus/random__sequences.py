# choice, choices, shuffle and sample after seeding.
import random
random.seed(42)
items = ["apple", "banana", "cherry", "date", "elder", "fig", "grape"]
print([random.choice(items) for _ in range(5)])
deck = list(range(20))
random.shuffle(deck)
print(deck)
random.shuffle(deck)
print(deck)
print(random.sample(items, 3), random.sample(range(100), 5), random.sample("abcdefgh", 8))
print(random.choices(items, k=4), random.choices([1, 2, 3], weights=[10, 1, 1], k=6))
print(random.choices("xyz", cum_weights=[1, 2, 10], k=5))
print(random.choice(range(1000)), random.choice((1, 2)), random.choice("z"))
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.sample([1, 2], 5)
except ValueError as e:
    print("ValueError:", e)
