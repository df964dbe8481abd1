# expect-exit: 2
# expect-stderr-contains: metaclass
class C(metaclass=type):
    pass
