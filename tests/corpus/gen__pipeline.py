# Chained generators form a lazy pipeline.
def read_lines():
    data = ["# header", "alpha 3", "", "beta 10", "gamma x", "delta 7", "# end"]
    for line in data:
        print("read", repr(line))
        yield line
def non_comment(lines):
    for l in lines:
        if l and not l.startswith("#"):
            yield l
def parse(lines):
    for l in lines:
        name, _, num = l.partition(" ")
        try:
            yield name, int(num)
        except ValueError:
            print("skip bad", name)
def running_total(pairs):
    total = 0
    for name, n in pairs:
        total += n
        yield name, total
pipe = running_total(parse(non_comment(read_lines())))
print("pipeline built")
for name, total in pipe:
    print(name, total)
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
def naturals():
    n = 1
    while True:
        yield n
        n += 1
evens = (n for n in naturals() if n % 2 == 0)
print(list(take(5, (e * e for e in evens))))
def chunks(seq, size):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]
print(list(chunks("abcdefgh", 3)), list(chunks([1, 2, 3, 4], 2)))
