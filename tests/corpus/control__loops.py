for i in range(10):
    if i == 2:
        continue
    if i == 6:
        break
    print(i, end=" ")
else:
    print("no break")
print()
n = 0
while n < 5:
    n += 1
else:
    print("while done", n)
for i in range(3):
    for j in range(3):
        if j == 1:
            break
        print(i, j)
total = 0
for i in range(1, 101):
    total += i
print(total)
i = 0
while True:
    i += 1
    if i > 3:
        break
print("i", i)
print([i for i in range(20) if i % 3 == 0])
if (m := 10) > 5:
    print("walrus", m)
