# takewhile and dropwhile stop/start at the first failing element.
from itertools import takewhile, dropwhile, count
nums = [1, 4, 6, 4, 1, 8, 2]
print(list(takewhile(lambda x: x < 5, nums)), list(dropwhile(lambda x: x < 5, nums)))
print(list(takewhile(lambda x: x < 5, [])), list(dropwhile(lambda x: True, nums)), list(takewhile(bool, [1, 2, 0, 3])))
print(list(takewhile(lambda n: n * n < 50, count(1))))
def check(x):
    print("check", x)
    return x < 3
print(list(takewhile(check, [1, 2, 3, 4])))
print(list(dropwhile(check, [1, 2, 3, 1])))
lines = ["# comment", "# another", "code 1", "# not skipped", "code 2"]
print(list(dropwhile(lambda l: l.startswith("#"), lines)))
