# expect-exit: 2
# expect-stderr-contains: exec
code = "x = 6 * 7"
exec(code)
print(x)
