# chr, ord, hex, bin, oct.
print(chr(65), chr(97), chr(48), chr(0x263A), chr(10) == "\n", ord("A"), ord("a"), ord("€"), ord("\t"))
print([chr(c) for c in range(ord("a"), ord("f"))], "".join(chr(ord(c) + 1) for c in "HAL"))
print(hex(255), hex(0), hex(-1), hex(16 ** 10), bin(5), bin(0), bin(-5), bin(2 ** 20), oct(8), oct(-64), oct(0))
print(int(hex(12345), 16), int(bin(99), 2), int(oct(777), 8), int("0x1f", 16))
print(hex(True), bin(False), len(bin(2 ** 100)) - 2)
def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isalpha():
            base = ord("a") if ch.islower() else ord("A")
            out.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
print(caesar("Hello, World!", 3), caesar(caesar("Round Trip", 7), -7))
for bad in [lambda: hex(1.5), lambda: bin("1"), lambda: chr(-1), lambda: ord(""), lambda: ord(5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
