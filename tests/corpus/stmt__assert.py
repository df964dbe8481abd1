# assert: passing, failing with and without message, caught.
assert True
assert 1 + 1 == 2, "math works"
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x * 2
print(check(5))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert False
except AssertionError as e:
    print("bare:", repr(e), e.args, str(e) == "")
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print("non-str message:", e.args)
calls = []
def msg():
    calls.append("msg evaluated")
    return "lazy"
assert True, msg()
print(calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(e, calls)
