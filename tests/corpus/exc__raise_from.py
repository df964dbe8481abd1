# raise ... from ... sets __cause__; from None suppresses context.
class ConfigError(Exception):
    pass
def load(d, key):
    try:
        return d[key]
    except KeyError as e:
        raise ConfigError(f"missing setting {key}") from e
try:
    load({}, "port")
except ConfigError as e:
    print("error:", e)
    print("cause:", repr(e.__cause__), "context:", repr(e.__context__), e.__suppress_context__)
def quiet(d, key):
    try:
        return d[key]
    except KeyError:
        raise ConfigError("quiet failure") from None
try:
    quiet({}, "x")
except ConfigError as e:
    print("error:", e, "cause:", e.__cause__, "suppress:", e.__suppress_context__, "context:", repr(e.__context__))
try:
    raise RuntimeError("outer") from ValueError("explicit cause")
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise RuntimeError("class as cause") from KeyError
except RuntimeError as e:
    print(repr(e.__cause__))
try:
    raise ValueError("bad cause") from 5
except TypeError as e:
    print("TypeError:", e)
