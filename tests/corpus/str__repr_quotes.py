# repr() chooses quotes and escapes.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "new\nline",
           "tab\t", "bell\a", "\r", "\x00", "\x1b[0m", "\x7f", "\xa0", "\u2028", "é", "\U0001F600", "", "'", '"']
for s in samples:
    print(repr(s), len(s))
print(["it's", 'x"y'], ("a\nb",), {"k'": "v\\"})
print(str("a\nb"), repr(repr("a")), repr("'" + '"'))
print(ascii("héllo"), ascii("😀"), ascii("plain"))
print(repr("a'b\"c"), repr("\\n"), repr("tab\t\x01"), repr("\x80\xff"), repr("\ud7ff"))
print(str(["'", '"']), str(("\t",)), repr(b"\x00'\""), "%r" % "q'", f"{'x'!r:>6}")
print(repr("line1\nline2"), len(repr("\n")), repr("\x1f"))
