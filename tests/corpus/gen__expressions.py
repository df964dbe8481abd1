# Generator expressions are lazy.
def noisy(n):
    for i in range(n):
        print("producing", i)
        yield i
g = (x * 10 for x in noisy(3))
print("created")
print(next(g))
print(list(g))
print(sum(x * x for x in range(10)), max(len(w) for w in ["a", "abc", "ab"]))
print(any(x > 3 for x in noisy(10)))
print(all(x < 1 for x in noisy(5)))
pairs = ((i, j) for i in range(3) for j in range(i))
print(list(pairs))
print(list(x for x in range(10) if x % 3 == 0), sorted((c for c in "banana"), reverse=True))
print(dict((k, k * 2) for k in "ab"), set(x % 3 for x in range(10)), tuple(i for i in []))
print(", ".join(str(i) for i in range(5)), min((abs(x - 5), x) for x in [1, 4, 7, 9]))
lst = [1, 2, 3]
gen = (v * 2 for v in lst)
lst.append(4)
print(list(gen))
first_iterable = [1, 2]
gen2 = (v for v in first_iterable)
first_iterable = [9, 9]
print(list(gen2))
