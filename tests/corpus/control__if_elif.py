# if/elif/else chains and conditional expressions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in [-5, 0, 3, 42, 1000]:
    print(n, classify(n))
def fizz(n):
    if n % 15 == 0:
        out = "FizzBuzz"
    elif n % 3 == 0:
        out = "Fizz"
    elif n % 5 == 0:
        out = "Buzz"
    else:
        out = str(n)
    return out
print(" ".join(fizz(i) for i in range(1, 21)))
x = 7
if x:
    if x > 5:
        print("nested true")
    else:
        print("nested false")
if []:
    print("empty list is truthy?")
elif {}:
    print("empty dict?")
else:
    print("neither")
label = "big" if x > 5 else "small" if x > 2 else "tiny"
print(label, "yes" if None is None else "no", ("a" if x else "b") * 2)
if x > 0: print("one-line if")
