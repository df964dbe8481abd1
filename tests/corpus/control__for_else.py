# for/else: the else clause runs when the loop was not broken.
def find_divisor(n):
    for d in range(2, n):
        if n % d == 0:
            print(n, "has divisor", d)
            break
    else:
        print(n, "is prime")
for n in [7, 9, 13, 15, 2]:
    find_divisor(n)
for x in []:
    print("never")
else:
    print("else after empty loop")
for i in range(3):
    pass
print("loop variable after loop:", i)
for i, ch in enumerate("abc", start=1):
    print(i, ch)
for k in {"one": 1, "two": 2}:
    print("key", k)
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
result = []
for outer in range(3):
    for inner in range(3):
        if inner == outer:
            continue
        if inner > 1:
            break
        result.append((outer, inner))
    else:
        result.append("no-break")
print(result)
items = [1, 2, 3]
for x in items:
    if x == 2:
        items.append(99) if len(items) < 5 else None
print(items)
