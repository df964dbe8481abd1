def g():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
for x in g():
    print(x)
    if x == 1:
        try:
            raise KeyError("inner")
        finally:
            print("finally before propagate")
