# strip family and replace.
s = "   padded text \t\n"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abcba".lstrip("ab"), "abcba".rstrip("ab"))
print(repr("".strip()), repr("   ".strip()), "www.example.com".strip("cmowz."))
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "aaa".replace("a", ""), "abc".replace("", "-"))
print("hello world".replace("o", "0").replace("l", "1"), "abab".replace("ab", "ba"))
print("spam spam spam".replace("spam", "eggs", 1), "x".replace("y", "z"), "aaaa".replace("aa", "b"))
print("file.tar.gz".removesuffix(".gz"), "file.tar.gz".removeprefix("file."), "abc".removeprefix("x"))
print("\t\tindent".expandtabs(4), repr("a\tb".expandtabs()), "  x ".strip(" x"))
lines = ["  alpha  ", "beta\n", "\tgamma\t"]
print([l.strip() for l in lines], [l.rstrip("\n") for l in lines])
print("Hello".replace("l", "L", 0), "Hello".replace("l", "L", -1))
