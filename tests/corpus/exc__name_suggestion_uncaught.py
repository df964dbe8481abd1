# Uncaught NameError: CPython 3.11 suggests a similar existing name.
total_count = 0
for n in range(5):
    total_count += n
print("sum is", total_count)
print("again", total_cuont)
# (the lines below never run)
print("unreachable")
total_count += 1
raise SystemExit(9)
