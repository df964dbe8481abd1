# zip_longest, starmap, pairwise, compress, filterfalse, tee.
from itertools import zip_longest, starmap, pairwise, compress, filterfalse, tee
print(list(zip_longest("abc", [1, 2])), list(zip_longest("ab", "xyz", fillvalue="-")))
print(list(zip_longest()), list(zip_longest([1], [], [2, 3], fillvalue=0)))
print(list(starmap(pow, [(2, 3), (3, 2), (10, 0)])), list(starmap(lambda a, b: a * b, zip([1, 2], [3, 4]))))
print(list(starmap(max, [(1, 5, 2), (7, 3)])))
print(list(pairwise("abcd")), list(pairwise([1])), list(pairwise(range(4))))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(filterfalse(lambda x: x % 2, range(8))))
a, b = tee([1, 2, 3])
print(list(a), list(b))
