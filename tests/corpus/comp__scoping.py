# Comprehension variables do not leak; class-scope subtleties.
x = "outer"
result = [x for x in range(3)]
print(result, x)
squares = {n: n * n for n in range(3)}
print("n" in dir(), squares)
i = 100
gen = list(i for i in range(2))
print(gen, i)
def f():
    y = 10
    return [y + k for k in range(3)]
print(f())
class Holder:
    factor = 3
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    try:
        scaled = [v * factor for v in values]
    except NameError as e:
        scaled = "NameError: " + str(e)
print(Holder.doubled, Holder.scaled)
funcs = [lambda: k for k in range(3)]
print([fn() for fn in funcs])
print([(lambda k=k: k)() for k in range(3)])
total = 0
print([total + j for j in range(3)], total)
print([[inner for inner in range(outer)] for outer in range(3)])
data = [[1, 2], [3]]
print([item for sub in data for item in sub], "sub" in dir(), "item" in dir())
