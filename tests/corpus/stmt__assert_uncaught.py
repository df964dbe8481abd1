# An uncaught assertion with a message ends the program with a traceback.
def validate(items):
    for i, item in enumerate(items):
        print("checking", i, item)
        assert item >= 0, f"item {i} is negative: {item}"
    return True
print(validate([1, 2, 3]))
validate([4, -5, 6])
print("not reached")
validate([7])
print("unreachable too")
