# Raise and catch each standard exception type.
types = [ValueError, TypeError, KeyError, IndexError, ZeroDivisionError, AttributeError,
         NameError, UnboundLocalError, StopIteration, RuntimeError, RecursionError,
         NotImplementedError, OverflowError, AssertionError, LookupError, ArithmeticError,
         Exception, BaseException, KeyboardInterrupt, SystemExit, GeneratorExit]
for t in types:
    try:
        raise t("message")
    except BaseException as e:
        print(f"{t.__name__:20} caught as {type(e).__name__:20} str={e!s} bases={[b.__name__ for b in t.__bases__]}")
print(issubclass(UnboundLocalError, NameError), issubclass(RecursionError, RuntimeError))
print(issubclass(NotImplementedError, RuntimeError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(OverflowError, ArithmeticError), issubclass(KeyError, LookupError), issubclass(IndexError, LookupError))
print(issubclass(StopIteration, Exception), issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, Exception))
print(issubclass(Exception, BaseException), issubclass(GeneratorExit, BaseException))
try:
    raise ValueError
except ValueError as e:
    print("raised class:", repr(e), e.args)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise object
except TypeError as e:
    print("TypeError:", e)
