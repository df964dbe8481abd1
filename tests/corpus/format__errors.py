# Errors raised by formatting.
def show(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: "{:d}".format("x"))
show(lambda: "{:d}".format(1.5))
show(lambda: "{:s}".format(5))
show(lambda: "{:.2f}".format("x"))
show(lambda: "{:x}".format(1.0))
show(lambda: "{0}".format())
show(lambda: "{a}".format(b=1))
show(lambda: "%d" % "x")
show(lambda: "%d %d" % (1,))
show(lambda: "%s" % ())
show(lambda: "%c" % 1.5)
show(lambda: "%c" % "ab")
show(lambda: format(1, ",s"))
show(lambda: format(object(), ">5"))
show(lambda: f"{1:{'bad'}}")
show(lambda: "{!x}".format(1))
show(lambda: "%" % ())
show(lambda: "%s %(k)s" % {"k": 1})
