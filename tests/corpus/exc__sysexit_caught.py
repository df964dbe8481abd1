# SystemExit can be caught; its code attribute holds the argument.
import sys
for arg in [0, 5, "text", None, (1, 2)]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print("caught SystemExit", repr(e.code), e.args, type(e.code).__name__)
try:
    sys.exit(2)
except Exception:
    print("not reached: SystemExit is not an Exception")
except BaseException as e:
    print("BaseException caught", e.code)
def cleanup():
    try:
        sys.exit(7)
    finally:
        print("cleanup before exit")
try:
    cleanup()
except SystemExit as e:
    print("code", e.code)
print("program continues, then exits with 4")
raise SystemExit(4)
