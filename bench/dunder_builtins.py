# Builtins over objects with dunder methods: every comparison, hash and
# addition is a call back into Python from inside sorted/sum/max/set/in.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __hash__(self):
        return hash(self.cents)

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __radd__(self, other):
        return Money(self.cents + other) if other == 0 else NotImplemented


amounts = [Money((i * 7919) % 1009) for i in range(5000)]
total = 0
for _ in range(4):
    ordered = sorted(amounts)
    total += sum(amounts).cents + max(amounts).cents + len(set(amounts))
    total += (Money(5) in amounts) + ordered[0].cents
print(total)
