# Less common but handy str methods.
print("a-b-c".split("-", 1), "Hello".startswith("he"), "Hello".lower().startswith("he"))
table = str.maketrans("abc", "xyz")
print("aabbcc".translate(table), "abc".translate(str.maketrans({"a": "A", "b": None})))
print("{} {}".format("x", "y"), "%s" % "z", "".join(reversed("abc")))
print("hello world".count("o"), "hello".index("l"), "mississippi".replace("ss", "SS"))
print("camelCaseString".swapcase(), " ".join("hello world".split()[::-1]))
print("A1b2C3".lower().upper(), "x".isupper(), "ab12".isalnum(), str(3.0), str(None))
s = "racecar"
print(s == s[::-1], "noon"[::-1] == "noon", "python"[::-1])
print(len("tab\tsep".expandtabs(8)), "42".rjust(5, "0"), "42".isdigit() and int("42") + 1)
print("a b c".replace(" ", ""), "x".join(["1"]), ",".join([]) == "")
print(str.upper("abc"), str.join("-", "ab"), str.__name__)
word_counts = {}
for w in "the cat and the hat and the bat".split():
    word_counts[w] = word_counts.get(w, 0) + 1
print(word_counts)
