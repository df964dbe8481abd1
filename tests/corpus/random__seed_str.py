# Seeding with strings and bytes (version 2 seeding hashes them with SHA-512).
import random
for s in ["hello", "", "seed", "héllo", "a longer seed string with spaces", b"bytes seed"]:
    random.seed(s)
    print(repr(s), random.random(), random.randint(1, 100), random.choice("abcdef"))
random.seed("repeat")
first = random.random()
random.seed("repeat")
print(first == random.random())
