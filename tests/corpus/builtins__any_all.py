# any and all short-circuit.
print(any([]), all([]), any([0, 0]), all([1, 1]), any([0, 1]), all([1, 0]))
print(any("abc"), all(""), any([None, "", 0.0]), all([[0], (0,), "0"]))
def check(x):
    print("checking", x)
    return x > 2
print(any(check(x) for x in [1, 3, 5]))
print(all(check(x) for x in [5, 1, 7]))
print(all(x % 2 == 0 for x in range(0, 10, 2)), any(c.isupper() for c in "hello"))
words = ["apple", "Banana", "cherry"]
print(any(w[0].isupper() for w in words), all(len(w) > 4 for w in words))
print(any({}), all({0: "zero key"}), any({0: 1, 1: 0}))
try:
    any(5)
except TypeError as e:
    print("TypeError:", e)
