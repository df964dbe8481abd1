# expect: uncaught ZeroDivisionError
import multiprocessing as mp

def work(n):
    return 10 // n

if __name__ == "__main__":
    p = mp.Process(target=work, args=(0,))
    p.start()
    p.join()
    assert p.exitcode == 1
