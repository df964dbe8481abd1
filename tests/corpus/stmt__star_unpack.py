# Star expressions in calls, literals and assignments.
def f(*args, **kwargs):
    return args, kwargs
a = [1, 2]
b = (3, 4)
d = {"x": 1}
print(f(*a, *b), f(*"hi", 0), f(**d, y=2), f(*a, **d, **{"z": 3}))
print([*a, *b, *range(2)], (*a,), {*a, *b}, {**d, "y": 2}, [*"abc"])
first, *middle, last = [*a, *b, 5]
print(first, middle, last)
print(*a, sep="-")
print(*[], "empty star")
*head, = range(3)
print(head)
nested = [[1, 2], [3]]
print([*nested[0], *nested[1]], max(*a, *b), min(*"zyx"))
print(dict(**{"a": 1}, b=2), list(zip(*[(1, "a"), (2, "b")])))
try:
    f(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    f(**[1])
except TypeError as e:
    print("TypeError:", e)
