# bytes literals, indexing, slicing, decode, repr, hex.
b = b"hello\x00\xff\n\t'\""
print(b, len(b), repr(b), type(b).__name__)
print(b[0], b[-1], b[1:4], b[::-1], b[::3], type(b[0]), type(b[0:1]))
print(b"abc".decode(), b"caf\xc3\xa9".decode("utf-8"), bytes("é", "utf-8"))
print(b"\xde\xad\xbe\xef".hex(), b"".hex(), b"abc".hex(), bytes.fromhex("48 65 6c"), bytes.fromhex("ff00"))
print(b"\xde\xad".hex(":"), b"x" * 3, b"ab" + b"cd", b"a" in b"cat", 97 in b"cat")
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes(b"copy"), bytes())
print(list(b"AZaz"), tuple(b"\x01\x02"), b"abc" == b"abc", b"abc" < b"abd", b"A"[0] == 65)
print(b"'", b'"', b"'\"", b"\\", b"\r", b"\x7f\x80")
try:
    b[100]
except IndexError as e:
    print("IndexError:", e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
print(b"x" == "x", str(b"hi"), len(b"\xff" * 10))
