def a():
    b()
def b():
    raise ValueError("deep problem")
print("before")
a()
