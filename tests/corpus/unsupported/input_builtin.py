# expect-exit: 2
# expect-stderr-contains: input()
name = input("name? ")
print("hello", name)
