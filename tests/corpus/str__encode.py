# str.encode / bytes.decode.
for s in ["hello", "héllo", "日本", "😀", ""]:
    b = s.encode()
    print(repr(s), b, len(b), b.decode() == s, s.encode("utf-8") == b)
print("abc".encode("ascii"), "é".encode("latin-1"), b"\xe9".decode("latin-1"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print("é".encode("ascii", "replace"), "é".encode("ascii", "ignore"), b"a\xffb".decode("utf-8", "replace"))
print(isinstance("x".encode(), bytes), type("x".encode()).__name__, list("AZ".encode()))
