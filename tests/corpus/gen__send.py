# Generator send(): a running average coroutine.
def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        print("received", value)
        total += value
        count += 1
        avg = total / count
a = averager()
print(next(a))
print(a.send(10))
print(a.send(20))
print(a.send(60))
def accumulate():
    items = []
    while True:
        item = yield len(items)
        if item is None:
            break
        items.append(item)
    return items
acc = accumulate()
print(acc.send(None), acc.send("x"), acc.send("y"))
try:
    acc.send(None)
except StopIteration as e:
    print("returned", e.value)
fresh = averager()
try:
    fresh.send(5)
except TypeError as e:
    print("TypeError:", e)
def dialogue():
    name = yield "name?"
    age = yield f"hello {name}, age?"
    yield f"{name} is {age}"
d = dialogue()
print(next(d), d.send("Ann"), d.send(30))
print(next(d, "over"))
