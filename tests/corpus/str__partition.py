# partition and rpartition.
tests = ["key=value", "key=value=more", "novalue", "=start", "end=", ""]
for s in tests:
    print(repr(s), s.partition("="), s.rpartition("="))
print("a.b.c".partition("."), "a.b.c".rpartition("."), "a..b".partition(".."))
head, sep, tail = "user@example.com".partition("@")
print(head, sep, tail, bool(sep))
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError:", e)
path = "/usr/local/lib/python3.11/site.py"
print(path.rpartition("/")[2], path.rpartition("/")[0], path.partition("/")[2])
