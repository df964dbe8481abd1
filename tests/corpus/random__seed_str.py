# Seeding with strings and bytes (version 2 seeding hashes them with SHA-512).
import random
for s in ["hello", "", "seed", "héllo", "a longer seed string with spaces", b"bytes seed"]:
    random.seed(s)
    print(repr(s), random.random(), random.randint(1, 100), random.choice("abcdef"))
random.seed("repeat")
first = random.random()
random.seed("repeat")
print(first == random.random())
random.seed(b"hello")
b1 = random.random()
random.seed("hello")
print(b1 == random.random(), "str and bytes seeds of the same text")
random.seed(bytearray(b"xyz"))
print(random.randint(0, 10 ** 9))
