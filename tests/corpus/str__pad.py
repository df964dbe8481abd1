# center/ljust/rjust/zfill.
for w in [0, 3, 8, 9, 10]:
    print(repr("abc".center(w)), repr("abc".ljust(w)), repr("abc".rjust(w)), repr("abc".center(w, "*")))
print("ab".center(5, "-"), "ab".center(6, "-"), "abc".center(6, "-"), "a".center(4, "."))
print("7".zfill(3), "-7".zfill(3), "+7".zfill(4), "abc".zfill(5), "12345".zfill(3), "".zfill(2), "-".zfill(3))
print("x".ljust(4, "#") + "|", "x".rjust(4, "0"), "3.14".zfill(7), "-3.14".zfill(8))
try:
    "a".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
rows = [("apple", 3), ("kiwi", 12), ("banana", 100)]
for name, n in rows:
    print(name.ljust(8) + str(n).rjust(5) + "|" + name.center(10, "."))
