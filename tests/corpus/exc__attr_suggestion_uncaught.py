# Uncaught AttributeError: CPython 3.11 appends a "Did you mean" hint.
class User:
    def __init__(self, name):
        self.name = name
        self.email = name + "@example.com"
u = User("ada")
print(u.name, u.email)
print(u.emal)
print("unreachable")
u.email = None
raise SystemExit(9)
