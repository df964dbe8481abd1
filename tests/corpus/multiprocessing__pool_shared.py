import multiprocessing as mp, os

def square(x):
    return x * x

def add(a, b):
    return a + b

def boom(x):
    if x == 3:
        raise KeyError(x)
    return x

def bump(v, n):
    for _ in range(n):
        with v.get_lock():
            v.value += 1

def bump_unlocked(v, n):
    for _ in range(n):
        v.value += 1
        os.getpid()

if __name__ == "__main__":
    with mp.Pool(2) as pool:
        print(pool.map(square, range(10)))
        print(pool.starmap(add, [(1, 2), (3, 4)]))
        print(pool.apply(square, (7,)), pool.apply_async(add, (1, 1)).get())
        print(list(pool.imap(square, [1, 2, 3])), sorted(pool.imap_unordered(square, [1, 2, 3])))
        try:
            pool.map(boom, range(5))
        except KeyError as e:
            print("KeyError", e)
        r = pool.map_async(square, [4, 5]); r.wait(); print(r.ready(), r.successful(), r.get())
    v = mp.Value('i', 0)
    ps = [mp.Process(target=bump, args=(v, 200)) for _ in range(3)]
    for p in ps: p.start()
    for p in ps: p.join()
    print(v.value, v)
    a = mp.Array('i', [1, 2, 3]); a[0] = 10; print(a[:], len(a), list(a))
    print(mp.Value('d', 1.5, lock=False), mp.Value('b', 200).value)
