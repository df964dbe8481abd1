# Sieve of Eratosthenes and some number theory built on it.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    for p in range(2, int(limit ** 0.5) + 1):
        if is_prime[p]:
            for multiple in range(p * p, limit + 1, p):
                is_prime[multiple] = False
    return [i for i, flag in enumerate(is_prime) if flag]
primes = sieve(200)
print(len(primes), primes[:15], primes[-3:])
def factorize(n):
    factors = {}
    for p in primes:
        while n % p == 0:
            factors[p] = factors.get(p, 0) + 1
            n //= p
        if n == 1:
            break
    if n > 1:
        factors[n] = 1
    return factors
for n in [360, 97, 1001, 2 ** 10 * 3 ** 5, 123456789]:
    f = factorize(n)
    print(n, f, " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in f.items()))
twins = [(p, q) for p, q in zip(primes, primes[1:]) if q - p == 2]
print(len(twins), twins[:6])
goldbach = {n: next((p, n - p) for p in primes if n - p in set(primes)) for n in range(4, 41, 6)}
print(goldbach)
gaps = [q - p for p, q in zip(primes, primes[1:])]
print(max(gaps), gaps.index(max(gaps)), sum(gaps) / len(gaps))
