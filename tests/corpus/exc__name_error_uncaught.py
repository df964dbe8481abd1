# An uncaught NameError at module level.
values = [1, 2, 3]
print(sum(values))
print(totl)
# (the lines below never run)
print("unreachable")
values.append(4)
print(values)
raise SystemExit(9)
print("end")
