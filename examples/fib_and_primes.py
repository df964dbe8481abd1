# A small CPU-bound program: corelab runs it and prints what CPython 3.11 prints.
import time


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def count_primes(limit):
    sieve = [True] * limit
    sieve[0] = sieve[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if sieve[i]:
            for j in range(i * i, limit, i):
                sieve[j] = False
    return sum(sieve)


start = time.perf_counter()
print("fib(20) =", fib(20))
print("primes below 10000:", count_primes(10000))
words = "the quick brown fox jumps over the lazy dog the end".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print("elapsed (simulated) >= 0:", time.perf_counter() - start >= 0)
