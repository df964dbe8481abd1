# Concatenation, repetition, comparison and iteration.
a, b = "foo", "bar"
print(a + b, a * 3, 3 * b, a * 0, repr(a * -1), (a + b) * 2)
print(a < b, a > b, a == "foo", "a" < "b" < "c", "abc" < "abd", "ab" < "abc", "Z" < "a")
print("" < "a", "apple" > "Apple", min(["pear", "fig", "apple"]), max(["pear", "fig", "apple"]))
print(sorted("banana"), sorted(["b", "A", "a", "B"]), sorted(["b", "A", "a", "B"], key=str.lower))
for i, ch in enumerate("hey"):
    print(i, ch)
print(list("abc"), tuple("ab"), set("aaa"), "x".join("123"))
s = ""
for w in ["a", "b", "c"]:
    s += w
    s += "-"
print(s, len(s), s[:-1])
print("ab" in "cabd", "ba" in "cabd", "" in "", "abc".__len__(), str(12) + "3", str([1, 'a']))
print("%s|%s" % ("a", "b"), "a" "b" "c", "1" + "1" == "11", int("1" + "0") * 2)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 + "a"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * "b"
except TypeError as e:
    print("TypeError:", e)
try:
    "abc"[0] = "x"
except TypeError as e:
    print("TypeError:", e)
