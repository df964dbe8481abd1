# expect: clean
import threading

class Account:
    def __init__(self):
        self.balance = 0
        self.lock = threading.Lock()

    def deposit(self, x):
        with self.lock:
            self.balance += x

acct = Account()
ts = [threading.Thread(target=acct.deposit, args=(10,)) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
assert acct.balance == 20, f"balance = {acct.balance}"
