# bytes methods.
data = b"  Hello, World!  "
print(data.strip(), data.lstrip(), data.rstrip(), data.upper(), data.lower())
print(data.split(), b"a,b,,c".split(b","), b"k=v".partition(b"="), b"-".join([b"a", b"b"]))
print(data.find(b"World"), data.count(b"l"), data.replace(b"l", b"L"), data.index(b"o"))
print(b"abc".startswith(b"ab"), b"abc".endswith(b"bc"), b"123".isdigit(), b"abc".isalpha())
print(b"hello world".title(), b"Hi".swapcase(), b"x".center(5, b"-"), b"7".zfill(3))
print(b"line1\nline2\r\n".splitlines(), b"a b".split(b" ", 1), b"xyx".strip(b"x"))
print(bytearray(b"abc"), bytearray(3), list(bytearray(b"AB")))
ba = bytearray(b"hello")
ba[0] = 72
ba.append(33)
ba.extend(b"!!")
print(ba, len(ba), bytes(ba), ba.decode(), ba[1:3], ba.pop(), ba)
del ba[0]
ba.insert(0, 74)
print(ba, ba.find(b"l"), ba.hex(), ba == b"Jello!")
