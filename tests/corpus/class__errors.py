# Errors from classes and instances.
class P:
    def __init__(self, x):
        self.x = x
    def method(self):
        return self.x
def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: P())
show(lambda: P(1, 2))
show(lambda: P(1).y)
show(lambda: P.y)
show(lambda: P(1).method(5))
show(lambda: P.method())
show(lambda: P(1)())
show(lambda: P(1) + P(2))
show(lambda: -P(1))
show(lambda: P(1)[0])
show(lambda: len(P(1)))
show(lambda: iter(P(1)))
show(lambda: object().x)
show(lambda: setattr(object(), "x", 1))
class NoInit:
    pass
show(lambda: NoInit(1))
class BadInit:
    def __init__(self):
        return 5
show(lambda: BadInit())
def set_item():
    P(1)[0] = 1
show(set_item)
def del_item():
    del P(1)[0]
show(del_item)
