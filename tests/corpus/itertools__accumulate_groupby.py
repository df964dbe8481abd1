# accumulate and groupby.
from itertools import accumulate, groupby
import operator
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2], max)), list(accumulate([], initial=100)), list(accumulate([1, 2], initial=10)))
print(list(accumulate("abc")), list(accumulate([5, 3, 2], lambda a, b: a - b)))
data = "aaabbcaaad"
print([(k, len(list(g))) for k, g in groupby(data)])
print([k for k, _ in groupby(sorted(data))])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for letter, group in groupby(words, key=lambda w: w[0]):
    print(letter, list(group))
for letter, group in groupby(sorted(words), key=lambda w: w[0]):
    print(letter, list(group))
nums = [1, 3, 5, 2, 4, 7, 9, 6]
print([(odd, list(g)) for odd, g in groupby(nums, key=lambda n: n % 2 == 1)])
groups = groupby("aabb")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
