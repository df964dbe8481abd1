# sys.exit with an integer status.
import sys
def main():
    print("doing work")
    sys.stdout.flush()
    return 3
status = main()
print("exiting with", status)
sys.exit(status)
print("not printed")
