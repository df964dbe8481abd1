# An uncaught custom exception with a custom __str__.
class BankError(Exception):
    pass
class InsufficientFunds(BankError):
    def __init__(self, needed, available):
        super().__init__(needed, available)
        self.needed = needed
        self.available = available
    def __str__(self):
        return f"need {self.needed}, have {self.available}"
def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(amount, balance)
    return balance - amount
b = withdraw(100, 30)
print("balance", b)
b = withdraw(b, 500)
print("unreachable")
