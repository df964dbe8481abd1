# Set comprehensions over ints.
print({x % 5 for x in range(20)})
print({x * x for x in range(-4, 5)})
print({(x, y) for x in range(2) for y in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print({n for n in range(30) if n % 4 == 0 and n % 6 == 0})
words = ["apple", "bob", "cat", "apple"]
print(sorted({len(w) for w in words}), {len(w) for w in words})
primes = {p for p in range(2, 40) if all(p % d for d in range(2, p))}
print(primes, len(primes), 37 in primes)
evens = {x for x in range(10) if x % 2 == 0}
print(evens, evens - {0}, evens & primes)
