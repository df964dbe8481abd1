# expect: clean
# A forked child writes its own copy of the global; the parent's is unchanged.
import multiprocessing as mp

counter = 0

def bump():
    global counter
    counter += 1
    assert counter == 1

if __name__ == "__main__":
    mp.set_start_method("fork")
    ps = [mp.Process(target=bump) for _ in range(2)]
    for p in ps:
        p.start()
    counter += 10
    for p in ps:
        p.join()
    assert counter == 10, counter
    assert all(p.exitcode == 0 for p in ps)
