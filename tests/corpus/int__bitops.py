# Bitwise operators on ints, including negatives and big values.
vals = [0, 1, 5, 12, -1, -6, 255, 2 ** 70 + 3]
for a in vals:
    print(a, "~", ~a, "<<3", a << 3, ">>1", a >> 1)
for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (2 ** 65, 2 ** 65 - 1)]:
    print(a, b, "&", a & b, "|", a | b, "^", a ^ b)
print(1 << 0, 1 << 63, 1 << 64, -1 << 100, (1 << 100) >> 99)
print(-1 >> 1, -1 >> 100, -17 >> 2, 17 >> 10)
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
print(bin(0b1010 & 0b0110), bin(0b1010 | 0b0110), bin(0b1010 ^ 0b0110))
print(True & False, True | False, True ^ True, type(True & True))
print(5 & True, 0xFF ^ 0x0F, 0xF0 | 0x0F == 0xFF)
m = 0
for bit in [0, 3, 5, 64]:
    m |= 1 << bit
print(m, bin(m), m.bit_length(), bin(m).count("1"))
m &= ~(1 << 3)
print(m, hex(m))
