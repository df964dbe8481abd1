# Bare raise re-raises the exception being handled.
def risky():
    raise ValueError("original message")
def middle():
    try:
        risky()
    except ValueError as e:
        print("middle saw:", e)
        raise
try:
    middle()
except ValueError as e:
    print("top saw:", e, type(e).__name__)
def reraise_after_log(exc_type):
    try:
        raise exc_type("logged")
    except Exception as e:
        print("logging", type(e).__name__)
        raise
for t in [KeyError, IndexError]:
    try:
        reraise_after_log(t)
    except LookupError as e:
        print("caught", repr(e))
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
def saved():
    try:
        raise TypeError("saved")
    except TypeError as e:
        err = e
    raise err
try:
    saved()
except TypeError as e:
    print("re-raised saved:", e)
try:
    try:
        raise KeyError("inner")
    except KeyError:
        try:
            raise ValueError("nested")
        except ValueError:
            pass
        raise
except KeyError as e:
    print("bare raise after nested handler re-raises:", repr(e))
