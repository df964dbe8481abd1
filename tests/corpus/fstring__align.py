# Alignment, width and fill in f-strings.
x, s = 42, "hi"
print(f"[{x:>10}] [{x:<10}] [{x:^10}] [{x:10}] [{s:10}] [{s:>10}] [{s:^9}]")
print(f"[{s:*^10}] [{s:->6}] [{s:_<6}] [{x:0>6}] [{x:x<6}] [{-x:=8}] [{-x:0=8}]")
print(f"[{x:+}] [{-x:+}] [{x: }] [{-x: }] [{x:-}] [{x:+08}] [{x:^+8}]")
for w in range(1, 8, 2):
    print(f"[{s:>{w}}] [{x:^{w}}] [{'abc':.{w}}]")
print(f"[{'truncate me':.5}] [{'truncate me':>8.3}] [{'':5}] [{'':>3}]")
print(f"[{True:>6}] [{None!s:>6}] [{None!r:^8}] [{[1, 2]!s:>8}] [{(1,)!r:<6}]")
table = [("alpha", 1, 2.5), ("beta", 22, 10.25), ("gamma-ray", 333, 100.125)]
for name, n, v in table:
    print(f"|{name:<10}|{n:>5}|{v:>9.2f}|{name[:3]:^7}|")
width = 12
print(f"{'centered':^{width}}|{'w=' + str(width):>{width}}|")
