# break and continue in nested loops, with try/finally interplay.
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        print("pair", i, j)
total = 0
for n in range(100):
    if n % 7:
        continue
    if n > 50:
        break
    total += n
print("total", total)
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print("cleanup", i)
print("after", i)
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v == 4:
            found = v
            break
    if found:
        break
print("found", found, "row", row)
k = 0
while k < 10:
    k += 1
    if k % 2 == 0:
        continue
    if k == 7:
        break
    print("odd", k)
