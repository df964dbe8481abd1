# Nothing in this file runs: a compound statement header without its colon.
import sys
print("never printed")
def greet(name)
    print("hello", name)
greet("x")
sys.exit(3)
