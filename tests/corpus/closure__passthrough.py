def outer(pool, r):
    chosen = [0]
    def extend(depth):
        if depth == r:
            yield tuple([pool[i] for i in chosen])
            return
        yield from extend(depth + 1)
    return extend(0)
print(list(outer("ab", 2)))
