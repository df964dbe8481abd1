def g():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
for x in g():
    print(x)
    break
print("after break")
def first(it):
    for x in it:
        return x
print(first(g()))
print("end")
