# Cleanup code runs even when exceptions escape; errors raised in finally replace the original.
log = []
def step(n):
    try:
        log.append(f"start {n}")
        if n % 2:
            raise ValueError(n)
        return n
    finally:
        log.append(f"end {n}")
for n in range(4):
    try:
        print("ok", step(n))
    except ValueError as e:
        print("failed", e)
print(log)
def replace():
    try:
        raise KeyError("original")
    finally:
        print("finally runs before the error propagates")
        {}["from finally"]
try:
    replace()
except KeyError as e:
    print("got", repr(e), "context", repr(e.__context__))
