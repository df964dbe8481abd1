"""A bank with accounts, custom exceptions, a ledger and monthly interest."""
from collections import defaultdict
from functools import total_ordering


class BankError(Exception):
    """Base of all bank errors."""


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} cannot pay {amount:.2f} (balance {account.balance:.2f})")
        self.account, self.amount = account, amount


class AccountFrozen(BankError):
    pass


@total_ordering
class Account:
    _next_number = 1000
    interest_rate = 0.01

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.number = Account._next_number
        Account._next_number += 1

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self.balance:.2f})"

    def __eq__(self, other):
        return self.balance == other.balance

    def __lt__(self, other):
        return self.balance < other.balance

    def withdraw(self, amount):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self.balance += amount

    def month_end(self):
        self.balance = round(self.balance * (1 + self.interest_rate), 2)


class Savings(Account):
    interest_rate = 0.03

    def withdraw(self, amount):
        if amount > 500:
            raise BankError("savings withdrawals are limited to 500")
        super().withdraw(amount)


class Bank:
    def __init__(self):
        self.accounts = {}
        self.ledger = []
        self.failures = defaultdict(int)

    def open(self, cls, owner, initial):
        acct = cls(owner, initial)
        self.accounts[acct.number] = acct
        return acct

    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except KeyError as e:
            raise BankError(f"no such account: {e.args[0]}") from e
        except BankError as e:
            self.failures[type(e).__name__] += 1
            raise
        else:
            self.accounts[dst].deposit(amount)
            self.ledger.append((src, dst, amount))
        finally:
            self.ledger.append(("attempt", src, dst))


bank = Bank()
alice = bank.open(Account, "alice", 100.0)
bob = bank.open(Savings, "bob", 1000.0)
carol = bank.open(Account, "carol", 5.5)
ops = [(1000, 1001, 50), (1001, 1000, 600), (1002, 1000, 10), (1001, 1002, 200), (1005, 1000, 1), (1000, 1002, 25.25)]
for src, dst, amt in ops:
    try:
        bank.transfer(src, dst, amt)
        print(f"ok   {src}->{dst} {amt}")
    except InsufficientFunds as e:
        print(f"poor {e} [short by {e.amount - e.account.balance:.2f}]")
    except BankError as e:
        cause = f" (cause: {e.__cause__!r})" if e.__cause__ else ""
        print(f"fail {e}{cause}")
carol.frozen = True
try:
    carol.withdraw(1)
except BankError as e:
    print(type(e).__name__, e, isinstance(e, AccountFrozen))
try:
    alice.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
for a in bank.accounts.values():
    a.month_end()
print(sorted(bank.accounts.values()))
print(max(bank.accounts.values()).owner, alice <= bob, alice > carol)
print(dict(bank.failures), len(bank.ledger), [x for x in bank.ledger if x[0] != "attempt"])
total = sum(a.balance for a in bank.accounts.values())
print(f"total={total:,.2f} avg={total / len(bank.accounts):.3f}")
bank.transfer(1002, 1000, 1)
