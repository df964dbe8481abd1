# is* predicates on many inputs.
samples = ["abc", "ABC", "Abc", "123", "12.5", "abc123", "", " ", "\t\n", "a b", "٣", "½", "²", "Ⅷ", "éß", "_x1", "1x", "Hello World"]
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isspace(), s.isalnum(), s.isupper(), s.islower(),
          s.isdecimal(), s.isnumeric(), s.isidentifier(), s.istitle(), s.isprintable(), s.isascii())
