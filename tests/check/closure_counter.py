# expect: race, uncaught AssertionError
# A counter in a closure cell shared by two threads.
import threading

def main():
    n = 0

    def inc():
        nonlocal n
        n += 1

    ts = [threading.Thread(target=inc) for _ in range(2)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    assert n == 2, f"n = {n}"

main()
