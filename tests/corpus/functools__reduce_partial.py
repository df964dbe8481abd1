# functools.reduce and functools.partial.
from functools import reduce, partial
import operator
print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 11)), reduce(lambda a, b: a + b, ["x", "y", "z"]))
print(reduce(max, [3, 9, 2]), reduce(operator.add, [], 0), reduce(lambda acc, x: acc + [x * 2], [1, 2], []))
def trace(a, b):
    print("combine", a, b)
    return a * 10 + b
print(reduce(trace, [1, 2, 3], 0))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
def power(base, exp, mod=None):
    return pow(base, exp, mod)
square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=7)
two_to = partial(power, 2)
print(square(5), cube_mod(4), two_to(10), square(3, exp=3))
print(square.func is power, square.args, square.keywords, two_to.args)
int2 = partial(int, base=2)
print(int2("1011"), int2("111", base=8))
print(list(map(partial(operator.mul, 3), [1, 2, 3])))
nested = partial(partial(power, 3), 4)
print(nested(), nested.args, nested.func is power)
print(repr(partial(operator.add, 1)).startswith("functools.partial(<built-in function add>, 1)"))
