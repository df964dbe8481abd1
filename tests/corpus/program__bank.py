# A small bank-account simulation: classes, exceptions, properties, sorting.
class InsufficientFunds(Exception):
    pass
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self._balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(f"{self.owner} has {self._balance}, needs {amount}")
        self._balance -= amount
        self.history.append(("withdraw", amount))
    def __repr__(self):
        return f"Account#{self.id}({self.owner!r}, {self._balance})"
class Savings(Account):
    rate = 0.02
    def add_interest(self):
        interest = round(self._balance * self.rate, 2)
        self.deposit(interest)
        return interest
def transfer(src, dst, amount):
    src.withdraw(amount)
    dst.deposit(amount)
accounts = [Account("ann", 100), Savings("bob", 1000), Account("cy")]
transfer(accounts[1], accounts[2], 250)
print(accounts)
for action in [lambda: transfer(accounts[0], accounts[2], 500), lambda: accounts[2].deposit(-5),
               lambda: accounts[1].add_interest()]:
    try:
        print("result:", action())
    except (InsufficientFunds, ValueError) as e:
        print(type(e).__name__, "->", e)
print(sorted(accounts, key=lambda a: a.balance, reverse=True))
print({a.owner: a.history for a in accounts})
print(sum(a.balance for a in accounts), isinstance(accounts[1], Account), Savings.__mro__[1].__name__)
try:
    accounts[0].balance = 5
except AttributeError as e:
    print("AttributeError:", e)
