# IndexError and friends on lists.
def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)
lst = [10, 20, 30]
show(lambda: lst[3])
show(lambda: lst[-4])
show(lambda: [][0])
show(lambda: lst["1"])
show(lambda: lst[1.0])
show(lambda: lst.index(99))
show(lambda: lst.remove(99))
show(lambda: [].pop())
show(lambda: lst.pop(10))
show(lambda: lst + 1)
show(lambda: lst * 1.5)
show(lambda: lst.nope)
show(lambda: list(5))
show(lambda: lst < 5)
def assign():
    lst[5] = 1
show(assign)
def delete():
    del lst[7]
show(delete)
show(lambda: [1, 2].sort(key=1))
print(lst)
