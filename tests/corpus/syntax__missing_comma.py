# Nothing in this file runs: two list items without a comma between them.
import sys
print("never printed")
scores = [
    10,
    20
    30,
]
sys.exit(3)
