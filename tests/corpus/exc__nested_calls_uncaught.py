# An uncaught exception propagates through several frames.
def level3(data):
    print("level3 with", data)
    return data["key"] / data["divisor"]
def level2(data):
    print("level2")
    return level3(data) * 2
def level1(items):
    results = []
    for item in items:
        results.append(level2(item))
        print("ok so far", results)
    return results
level1([{"key": 10, "divisor": 2}, {"key": 1, "divisor": 0}])
print("never printed")
