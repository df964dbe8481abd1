# A lazy text pipeline: a reader holding a (simulated) file open, filters
# and a head() that stops early. Stopping early must release every stage,
# innermost last, as CPython does when the last reference goes.
class FakeFile:
    def __init__(self, name, lines):
        self.name = name
        self.lines = lines
        print(f"open {name}")

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print(f"close {self.name}")
        return False


def read_lines(name, lines):
    with FakeFile(name, lines) as f:
        for line in f.lines:
            yield line


def grep(word, lines):
    try:
        for line in lines:
            if word in line:
                yield line
    finally:
        print(f"grep {word!r} done")


def numbered(lines):
    for i, line in enumerate(lines, 1):
        yield f"{i}: {line}"


def head(n, lines):
    out = []
    for line in lines:
        out.append(line)
        if len(out) == n:
            break
    return out


log = [f"event {i} {'error' if i % 3 == 0 else 'ok'}" for i in range(1, 30)]
print(head(2, numbered(grep("error", read_lines("app.log", log)))))
print("first pipeline done")

def first_error(lines):
    for line in grep("error", lines):
        return line
    return None

print(first_error(read_lines("other.log", log)))
print("second pipeline done")

total = 0
for line in read_lines("full.log", log[:5]):
    total += len(line)
print("read all", total)
