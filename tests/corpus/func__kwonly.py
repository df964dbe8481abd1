# Keyword-only parameters.
def connect(host, *, port=80, secure=False):
    return f"{host}:{port} secure={secure}"
print(connect("a"), connect("b", port=443, secure=True), connect(host="c", secure=True))
try:
    connect("a", 8080)
except TypeError as e:
    print("TypeError:", e)
def required_kw(*, name, value):
    return name, value
print(required_kw(value=1, name="n"))
try:
    required_kw(name="only")
except TypeError as e:
    print("TypeError:", e)
try:
    required_kw()
except TypeError as e:
    print("TypeError:", e)
def after_args(*args, sep=", "):
    return sep.join(map(str, args))
print(after_args(1, 2, 3), after_args(1, 2, sep="|"))
try:
    connect("a", prot=1)
except TypeError as e:
    print("TypeError:", e)
