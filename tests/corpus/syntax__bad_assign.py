# A program with a syntax error produces no output at all.
print("this never runs")
x = = 1
print(x)
