# Lambdas.
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, z=2))
print(square.__name__, (lambda: 0).__name__)
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]), max(pairs, key=lambda p: len(p[1])))
adders = [lambda x, n=n: x + n for n in range(3)]
late = [lambda x: x + n for n in range(3)]
print([f(10) for f in adders], [f(10) for f in late])
compose = lambda f, g: lambda x: f(g(x))
inc_then_square = compose(square, lambda x: x + 1)
print(inc_then_square(4))
print(list(map(lambda s: s[::-1], ["abc", "de"])), list(filter(lambda n: n % 3 == 0, range(10))))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print({k: op(6, 3) for k, op in ops.items()})
print((lambda x: (lambda y: x + y))(1)(2))
