# chain, chain.from_iterable, islice.
from itertools import chain, islice
print(list(chain([1, 2], (3,), "ab", range(2))), list(chain()), list(chain([])))
print(list(chain.from_iterable([[1], [2, 3], []])), list(chain.from_iterable(["ab", "cd"])))
print(list(islice("abcdefg", 3)), list(islice("abcdefg", 2, 5)), list(islice("abcdefg", 0, None, 2)))
print(list(islice(range(100), 10, 20, 3)), list(islice([1, 2], 5)), list(islice("abc", 1, None)))
def gen():
    for i in range(10):
        print("gen", i)
        yield i
it = gen()
print(list(islice(it, 2)))
print(list(islice(it, 1, 3)))
print(next(it))
for bad in [lambda: islice("abc", -1), lambda: islice("abc", 0, 1, 0)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
ch = chain("ab", "c")
print(next(ch), list(ch))
