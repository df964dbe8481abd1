# expect: clean
import threading

balance = 100
lock = threading.Lock()

def withdraw(amount):
    global balance
    with lock:
        if balance >= amount:
            balance -= amount

t1 = threading.Thread(target=withdraw, args=(80,))
t2 = threading.Thread(target=withdraw, args=(80,))
t1.start(); t2.start()
t1.join(); t2.join()
assert balance == 20, f"balance = {balance}"
