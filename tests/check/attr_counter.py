# expect: race, uncaught AssertionError
import threading

class Account:
    def __init__(self):
        self.balance = 0

    def deposit(self, x):
        self.balance += x

acct = Account()
ts = [threading.Thread(target=acct.deposit, args=(10,)) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
assert acct.balance == 20, f"balance = {acct.balance}"
