# Operators and comparisons on lists.
a = [1, 2, 3]
b = [4, 5]
print(a + b, a * 2, 2 * b, [] * 5, [0] * 3, a * 0)
print(a == [1, 2, 3], a != b, a < b, [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0])
print(2 in a, 9 not in a, [1, 2] in [[1, 2], 3], len(a + b))
print([1, [2, 3]] == [1, [2, 3]], [1, 2] == (1, 2), [[]] == [[]])
c = a
c += [4]
print(a, c is a)
c = c + [5]
print(a, c, c is a)
d = [0]
d *= 3
print(d)
print(min(a), max(a), sum(a), sorted(a, reverse=True), list(reversed(a)))
print(list(range(3)) + list("ab"), [*a, *b], [a, b], [[*a], b][0] is a)
x = [1, 2, 3]
x[1] += 10
x[-1] *= 2
print(x)
nested = [[0] * 3 for _ in range(3)]
nested[1][1] = 5
print(nested)
alias = [[0] * 2] * 2
alias[0][0] = 9
print(alias)
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2] < [1, "a"]
except TypeError as e:
    print("TypeError:", e)
print([1, 2] < [1, 3, "a"], [None] == [None])
