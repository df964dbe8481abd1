# sys.exit deep inside calls unwinds through finally and with blocks.
import sys
class Guard:
    def __enter__(self):
        print("guard enter")
    def __exit__(self, *exc):
        print("guard exit", exc[0].__name__)
        return False
def inner():
    with Guard():
        try:
            print("calling sys.exit(42)")
            sys.exit(42)
        finally:
            print("inner finally")
def outer():
    try:
        inner()
    except Exception:
        print("Exception does not catch SystemExit")
    finally:
        print("outer finally")
outer()
print("not printed")
