import multiprocessing as mp, os
print("top level runs in", __name__)
def work(q, x):
    q.put(x * 2)
class Job(mp.Process):
    def __init__(self, q):
        super().__init__()
        self.q = q
        self.value = 21
    def run(self):
        self.q.put(("job", self.value, __name__))
if __name__ == "__main__":
    mp.set_start_method("spawn")
    q = mp.Queue()
    p = mp.Process(target=work, args=(q, 5)); p.start(); p.join()
    print(q.get(), p.exitcode)
    j = Job(q); j.start(); j.join(); print(q.get())
    try:
        mp.Process(target=lambda: 1).start()
    except Exception as e:
        print(type(e).__name__, str(e).split(" at ")[0])
