# expect-exit: 2
# expect-stderr-contains: open
open('x.txt')
