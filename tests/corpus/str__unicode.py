# Unicode strings: length, code points, case mapping, escapes.
s = "héllo wörld"
print(s, len(s), s.upper(), s.title(), s[1], s[-4:])
e = "日本語テキスト"
print(e, len(e), e[0], e[::-1], e[2:4], list(e[:3]))
emoji = "a😀b🎉"
print(emoji, len(emoji), emoji[1], emoji[::-1], [ord(c) for c in emoji])
print(ord("é"), chr(233), chr(0x1F600), ord("\n"), chr(65) + chr(97))
print("straße".upper(), "ǅ".lower(), "ΣΑΣ".lower(), "İ".lower() == "i̇")
print("\u00e9" == "é", "\N{GREEK SMALL LETTER ALPHA}", "\x41\x42", "\101")
print(repr("tab\there"), repr("nl\n"), repr("é"), repr("\x00\x7f"), repr("\u200b"))
print("café".encode("utf-8"), len("café".encode("utf-8")), b"caf\xc3\xa9".decode("utf-8"))
print(sorted(["b", "a", "é", "Z", "z", "ä"]), "a" < "é", "Z" < "a")
print("ÉCOLE".lower(), "éa".capitalize(), "ß".swapcase(), "ǆ".title())
print(max("hello"), min("hello"), "é" in s, s.find("ö"), s.count("l"))
for ch in "añ€😀":
    print(ch, ord(ch), hex(ord(ch)), len(ch.encode("utf-8")))
print("".join(chr(c) for c in range(0x3b1, 0x3b6)), str(ascii("naïve")))
