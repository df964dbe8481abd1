# Default argument values, evaluated once at definition time.
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(punct=".", name="Di"))
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))
counter = 10
def snapshot(value=counter):
    return value
counter = 20
print(snapshot(), snapshot(5))
def defaults_info(a, b=2, *, c=3):
    return a, b, c
print(defaults_info.__defaults__, defaults_info.__kwdefaults__, defaults_info(1))
def computed(x, y=len("four")):
    return x + y
print(computed(1), computed(1, 1))
print(append_to.__defaults__)
