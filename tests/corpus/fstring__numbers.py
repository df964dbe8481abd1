# Integer presentation types and grouping.
n = 1234567
print(f"{n:,} {n:_} {n:_x} {n:_b} {-n:,} {n:,d} {0:,} {999:,}")
print(f"{255:x} {255:X} {255:#x} {255:#X} {255:o} {255:#o} {255:b} {255:#b} {65:c}")
print(f"{n:08} {n:012,} {-n:012,} {n:>15,} {n:<15_}| {n:^15,}|")
print(f"{2 ** 64:,} {-(2 ** 70):_x} {10 ** 20:e} {10 ** 20:.3g}")
print(f"{n:d} {n:n} {n:e} {n:.2e} {n:f} {n:.1f} {n:%} {n:g}")
print(f"{3:08.3f} {x:08.3f} {x:,.3f}" if (x := 1234.5) else "")
print(f"{0.1:08.3f} {-0.1:08.3f} {12.3456:8.3f}| {12.3456:<8.3f}|")
print(f"{True:d} {False:x} {ord('A'):#06x} {-255:#x} {-5:b} {5:+b}")
print(format(1234567, ","), format(0xdeadbeef, "_x"), format(10, "#010b"), format(-10, "#010b"))
print("{:,}".format(10 ** 9), "{:_}".format(10 ** 9), "{:x}".format(3054))
try:
    f"{3.5:d}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{'s':d}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{5:,x}"
except ValueError as e:
    print("ValueError:", e)
