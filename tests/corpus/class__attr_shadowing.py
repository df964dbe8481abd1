# Mutable class attributes are shared; assignment creates instance attributes.
class Team:
    members = []
    size = 0
    def add(self, who):
        self.members.append(who)
        self.size += 1
a, b = Team(), Team()
a.add("ann")
b.add("bob")
print(Team.members, a.members is b.members, a.size, b.size, Team.size)
class Fixed:
    def __init__(self):
        self.members = []
    def add(self, who):
        self.members.append(who)
x, y = Fixed(), Fixed()
x.add(1)
print(x.members, y.members)
class Counter:
    total = 0
    def __init__(self):
        Counter.total += 1
        self.id = Counter.total
objs = [Counter() for _ in range(3)]
print([o.id for o in objs], Counter.total, objs[0].total)
class Parent:
    value = "parent"
class Kid(Parent):
    pass
k = Kid()
print(k.value, Kid.value)
Parent.value = "changed"
print(k.value)
Kid.value = "kid's own"
print(k.value, Parent.value)
k.value = "instance"
print(k.value, Kid.value)
del k.value
print(k.value)
del Kid.value
print(k.value)
