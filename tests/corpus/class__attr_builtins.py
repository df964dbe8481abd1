# getattr/setattr/hasattr/delattr/vars/__dict__ on instances and classes.
class Config:
    debug = False
    def __init__(self):
        self.name = "cfg"
c = Config()
print(getattr(c, "name"), getattr(c, "debug"), getattr(c, "missing", "default"))
setattr(c, "level", 3)
print(c.level, hasattr(c, "level"), hasattr(c, "nope"), vars(c))
delattr(c, "level")
print(hasattr(c, "level"), vars(c), c.__dict__ is vars(c))
c.__dict__["injected"] = True
print(c.injected, sorted(c.__dict__))
for attr in ["name", "debug", "zzz"]:
    print(attr, hasattr(c, attr), getattr(c, attr, None))
try:
    getattr(c, "zzz")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(c, "zzz")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(c, 5)
except TypeError as e:
    print("TypeError:", e)
setattr(Config, "added", "class-level")
print(c.added, Config.added, "added" in vars(Config), "name" in vars(Config))
print(getattr(5, "real"), getattr("abc", "upper")(), hasattr([], "append"), hasattr(None, "x"))
name = "dynamic_" + "attr"
setattr(c, name, [1])
print(getattr(c, name), vars(c))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
