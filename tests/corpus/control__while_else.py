# while loops with else, break and continue.
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print("n =", n)
else:
    print("while finished normally, n =", n)
i = 10
while i > 0:
    i -= 3
    if i < 2:
        print("breaking at", i)
        break
else:
    print("never printed")
count = 0
while False:
    count += 1
else:
    print("else runs even if the body never did", count)
def collatz(x):
    steps = 0
    while x != 1:
        x = x // 2 if x % 2 == 0 else 3 * x + 1
        steps += 1
    return steps
print([collatz(k) for k in range(1, 12)])
a, b = 0, 1
fibs = []
while len(fibs) < 15:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
x = 100
while True:
    x //= 3
    if x == 0:
        break
    print("x", x)
