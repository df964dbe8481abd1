n = 3_000_000
while n > 0:
    n -= 1
print(n)
