def f():
    pass
(a.b := 3)
