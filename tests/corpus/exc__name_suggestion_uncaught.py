# Uncaught NameError: CPython 3.11 suggests a similar existing name.
total_count = 0
for n in range(5):
    total_count += n
print("sum is", total_count)
print("again", total_cuont)
