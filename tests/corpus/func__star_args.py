# *args and **kwargs.
def show(*args, **kwargs):
    print("args =", args, "kwargs =", kwargs)
show()
show(1, 2, 3)
show(a=1, b=2)
show(1, "x", key=None)
def mixed(a, b=10, *rest, flag=False, **opts):
    return a, b, rest, flag, opts
print(mixed(1))
print(mixed(1, 2, 3, 4))
print(mixed(1, flag=True, extra="e"))
print(mixed(b=5, a=0))
def total(*nums):
    return sum(nums)
print(total(), total(1), total(*range(10)))
def forward(*args, **kwargs):
    return mixed(*args, **kwargs)
print(forward(9, 8, 7, flag=1, z=26))
def kw_only_collector(**kw):
    return sorted(kw.items())
print(kw_only_collector(z=1, a=2, m=3))
def first_and_rest(first, *rest):
    return first, rest
print(first_and_rest("only"), first_and_rest(*"abc"))
