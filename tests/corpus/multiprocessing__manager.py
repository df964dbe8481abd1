import multiprocessing as mp

def fill(d, l, i):
    d[i] = i * i
    l.append(i)

if __name__ == "__main__":
    with mp.Manager() as m:
        d = m.dict()
        l = m.list([100])
        ps = [mp.Process(target=fill, args=(d, l, i)) for i in range(4)]
        for p in ps: p.start()
        for p in ps: p.join()
        print(sorted(d.items()), sorted(l), len(d), 2 in d, d.get(9, "none"))
        print(str(l) == str(list(l)), sorted(d.keys()))
        try:
            d["missing"]
        except KeyError as e:
            print("KeyError", e)
