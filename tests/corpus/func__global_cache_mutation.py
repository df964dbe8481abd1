# Global and builtin name loads at one site must follow rebinding,
# deletion and shadowing (corelab caches these lookups per instruction).
counter = 0


def read_counter():
    return counter


def set_counter(v):
    global counter
    counter = v


def del_counter():
    global counter
    del counter


def use_abs(v):
    return abs(v)


def use_len(v):
    return len(v)


print([read_counter() for _ in range(2)])
counter = 5
print(read_counter())
set_counter(6)
print(read_counter())
del_counter()
try:
    read_counter()
except NameError as e:
    print("NameError:", e)
set_counter(7)
print(read_counter())

# A builtin, then a global of the same name shadows it, then it is deleted.
print(use_abs(-3), use_abs(-4))


def abs(v):
    return "my abs"


print(use_abs(-3))
del abs
print(use_abs(-3))

# Builtins seen through another site after a shadowing global came and went.
print(use_len([1, 2]))
len = lambda v: "my len"
print(use_len([1, 2]))
del len
print(use_len([1, 2, 3]))

# Module-level names (LOAD_NAME / STORE_NAME) in a loop, rebound and
# deleted between iterations; new globals inserted meanwhile.
total = 0
for i in range(5):
    total += i
    if i == 2:
        del total
        total = 100
        set_counter(i)
        other = i
print(total, other, counter)

# A global rebound many times between loads at one site.
print(read_counter())
for i in range(50):
    set_counter(i)
    print_it = read_counter()
print(print_it, read_counter())


# A class body stores and loads names in its own namespace; the same
# names at module level are untouched.
y = "module y"


class K:
    y = 1
    y = y + 1
    z = len("abc")


print(K.y, K.z, y)
