import multiprocessing as mp
def bump_unlocked(v, n):
    for _ in range(n):
        v.value += 1
if __name__ == "__main__":
    v = mp.Value('i', 0)
    ps = [mp.Process(target=bump_unlocked, args=(v, 20000)) for _ in range(2)]
    for p in ps: p.start()
    for p in ps: p.join()
    print(v.value < 40000, v.value)
