# product, permutations, combinations, combinations_with_replacement.
from itertools import product, permutations, combinations, combinations_with_replacement
print(list(product("ab", [1, 2])))
print(list(product([0, 1], repeat=3)))
print(list(product("ab", "cd", "e")), list(product()), list(product([], [1])))
print(list(permutations("abc")))
print(list(permutations(range(4), 2)))
print(list(permutations([1, 2], 3)), len(list(permutations(range(6)))))
print(list(combinations("abcd", 2)))
print(list(combinations(range(5), 3)))
print(list(combinations("ab", 0)), list(combinations("ab", 3)))
print(list(combinations_with_replacement("abc", 2)))
print(list(combinations_with_replacement([1, 2], 3)))
print(sum(1 for _ in combinations(range(10), 4)), ["".join(p) for p in permutations("xyz", 2)])
