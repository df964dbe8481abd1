# str/repr/format of ints and conversions to text.
for n in [0, 7, -7, 10 ** 30, -(2 ** 100), 1_000_000]:
    print(n, str(n), repr(n), len(str(n)))
print(hex(0), hex(255), hex(-255), hex(2 ** 64))
print(bin(0), bin(5), bin(-5), oct(0), oct(64), oct(-8))
print(str(True), repr(False), str(-0))
print([1, -2, 3], (4,), {5: -6})
print(f"{12345}", f"{-12345:>8}", f"{255:x}", f"{255:#X}", f"{5:b}", f"{8:o}")
print(int.__name__, type(5).__name__, (5).__class__.__name__)
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print((1024).bit_length(), (-1024).bit_length(), (0).bit_length())
print((12).bit_count() if hasattr(int, "bit_count") else "n/a")
s = str(2 ** 1000)
print(s[:20], s[-20:], len(s))
try:
    str(10 ** 5000)
except ValueError as e:
    print(type(e).__name__, str(e)[:60])
