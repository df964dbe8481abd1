# sys.exit with a string prints it to stderr and exits with status 1.
import sys
print("validating input")
errors = ["missing name", "bad age"]
if errors:
    sys.exit("fatal: " + ", ".join(errors))
print("not printed")
print("unreachable")
def never():
    return 1
never()
