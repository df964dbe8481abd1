# global and nonlocal.
counter = 0
def incr():
    global counter
    counter += 1
    return counter
incr()
incr()
print("counter", counter)
def make_global():
    global created
    created = "made inside"
make_global()
print(created)
def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "changed by inner"
    inner()
    return x
print(outer())
def make_counter():
    count = 0
    def step(by=1):
        nonlocal count
        count += by
        return count
    return step
c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(10), c2(), c1())
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def three_levels():
    v = 1
    def mid():
        def deep():
            nonlocal v
            v *= 10
        deep()
        deep()
    mid()
    return v
print(three_levels())
x = "global x"
def reads_global():
    return x
def local_assign():
    x = "local x"
    return x
print(reads_global(), local_assign(), x)
