# is* predicates on many inputs.
samples = ["abc", "ABC", "Abc", "123", "12.5", "abc123", "", " ", "\t\n", "a b", "٣", "½", "²", "Ⅷ", "éß", "_x1", "1x", "Hello World"]
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isspace(), s.isalnum(), s.isupper(), s.islower(),
          s.isdecimal(), s.isnumeric(), s.isidentifier(), s.istitle(), s.isprintable(), s.isascii())
print("".isdigit(), "".isspace(), "0x1f".isalnum(), "½".isdigit(), "Ⅻ".isnumeric())
print("hello_world".isidentifier(), "class".isidentifier(), "2fast".isidentifier(), "αβγ".isidentifier())
print(" \t\n\r\x0b\x0c".isspace(), "\u00a0".isspace(), "\u2003".isspace(), "a\tb".isprintable())
print("ABC DEF".isupper(), "ABC def".isupper(), "123".isupper(), "A1".isupper(), "a1".islower())
print(all(c.isalpha() for c in "abcXYZ"), any(c.isdigit() for c in "ab3"), "Ab".istitle())
