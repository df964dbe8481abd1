# functools.cmp_to_key adapts old-style comparison functions.
from functools import cmp_to_key
def compare(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(sorted(words, key=cmp_to_key(compare)))
print(sorted(words, key=cmp_to_key(compare), reverse=True))
def reverse_num(a, b):
    return b - a
print(sorted([3, 1, 4, 1, 5, 9, 2, 6], key=cmp_to_key(reverse_num)))
def largest_number(nums):
    strs = [str(n) for n in nums]
    strs.sort(key=cmp_to_key(lambda x, y: (y + x > x + y) - (y + x < x + y)))
    return "".join(strs)
print(largest_number([3, 30, 34, 5, 9]), largest_number([10, 2]))
K = cmp_to_key(compare)
print(K("ab") < K("abc"), K("b") > K("a"), K("x") == K("x"))
print(min(words, key=cmp_to_key(compare)), max(words, key=cmp_to_key(compare)))
