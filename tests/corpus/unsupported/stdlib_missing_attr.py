# expect-exit: 2
# expect-stderr-contains: <program>:9:11: 'functools.partialmethod' (a name CPython's functools module has) is not supported
# functools.partialmethod exists in CPython 3.11 but not in corelab: reading
# it stops as unsupported (an AttributeError could be caught and misreport
# the program), while a name CPython lacks is an AttributeError.
import functools
print(getattr(functools, 'no_such_name', 'absent'))
print(hasattr(functools, 'reduce'))
handler = functools.partialmethod
