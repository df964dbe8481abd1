# expect: uncaught ZeroDivisionError
import threading

def work(d):
    return 1 / d

t = threading.Thread(target=work, args=(0,))
t.start()
t.join()
