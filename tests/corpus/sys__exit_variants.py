import sys
try:
    sys.exit()
except SystemExit as e:
    print("code", e.code, repr(e))
try:
    sys.exit([1, 2])
except SystemExit as e:
    print("code", e.code)
def cleanup():
    try:
        sys.exit(3)
    finally:
        print("finally runs on exit")
try:
    cleanup()
except SystemExit as e:
    print("caught", e.code, e.args)
print("now exiting with a list", file=sys.stderr)
raise SystemExit("fatal: configuration missing")
