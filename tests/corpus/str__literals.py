# String literal forms: triple quotes, raw, implicit concatenation, escapes.
t = """first line
  second "quoted" line
third"""
print(t)
print(len(t), t.count("\n"))
r = r"C:\new\table\x41"
print(r, len(r), r"\n" == "\\n")
implicit = ("one "
            "two "
            'three')
print(implicit)
print("line\\n", "tab[\t]", "quote[\"]", 'apos[\']', "hex[\x41]", "oct[\101]", "uni[\u00e9]")
print('''single 'triple' quotes''', """a\
b""")
print(len("\\"), len("\n"), len(r"\n"), "\x41" == "A")
f = "val"
print(f"{f}" "plain" f"{f!r}")
print(rb"raw\bytes", b"\x41\n", Rb"X")
