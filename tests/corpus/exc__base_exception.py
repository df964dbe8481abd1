# except Exception does not catch BaseException-only types.
def attempt(exc):
    try:
        try:
            raise exc
        except Exception as e:
            print("Exception handler:", type(e).__name__)
    except BaseException as e:
        print("BaseException handler:", type(e).__name__, e.args)
attempt(ValueError("v"))
attempt(KeyboardInterrupt())
attempt(SystemExit(3))
attempt(GeneratorExit())
attempt(BaseException("base"))
try:
    raise SystemExit("exit message")
except SystemExit as e:
    print("SystemExit code:", repr(e.code), e.args)
try:
    raise SystemExit
except SystemExit as e:
    print("bare SystemExit code:", e.code)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("two args code:", e.code)
try:
    pass
except:
    print("never")
else:
    print("bare except clause compiled fine")
try:
    raise KeyError("x")
except:
    print("bare except caught everything")
