# An uncaught NameError at module level.
values = [1, 2, 3]
print(sum(values))
print(totl)
