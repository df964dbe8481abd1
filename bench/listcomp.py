total = 0
for k in range(200):
    squares = [i * i for i in range(5000) if i % 3]
    total += len(squares)
print(total)
