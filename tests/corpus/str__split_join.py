# split, rsplit, splitlines and join.
print("a b  c\td\n e ".split())
print("a,b,,c,".split(","), "a,b,,c,".split(",", 1), "a,b,,c,".rsplit(",", 2))
print("  lead and trail  ".split(" "), "".split(), "".split(","))
print("one two three four".split(maxsplit=2), "one two three four".rsplit(maxsplit=2))
print("a::b::c".split("::"), "abc".split("abc"), "xaxbx".split("x"))
print("1 2 3".rsplit(None, 1), "no-sep".split("-", 0), "k=v=w".partition("="))
text = "line1\nline2\r\nline3\rline4\n\nlast"
print(text.splitlines())
print(text.splitlines(True))
print("trailing\n".splitlines(), "\n".splitlines(), "".splitlines())
print("-".join(["a", "b", "c"]), "".join(["x", "y"]), ", ".join("abc"), " ".join([]))
print("\n".join(str(i) for i in range(3)))
print("+".join(map(str, [1, 2, 3])), "|".join(("only",)))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
words = "the quick brown fox jumps over the lazy dog".split()
print(len(words), words[-1], " ".join(reversed(words)), "_".join(w.capitalize() for w in words))
