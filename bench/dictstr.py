words = ("alpha beta gamma delta epsilon zeta eta theta iota kappa " * 2000).split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
parts = []
for i in range(50000):
    key = "k" + str(i % 100)
    parts.append(key.upper())
s = ",".join(parts)
print(len(counts), len(s), counts["alpha"])
