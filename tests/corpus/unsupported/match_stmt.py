# expect-exit: 2
# expect-stderr-contains: match
match 1:
    case 1:
        pass
