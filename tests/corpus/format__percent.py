# printf-style % formatting.
print("%s is %d years" % ("Bob", 42))
print("%5s|%-5s|%.2s|%5.1s|" % ("abc", "abc", "abc", "abc"))
print("%d %i %5d %-5d| %05d %+d %+d % d" % (42, 42, 42, 42, 42, 42, -42, 42))
print("%f %.2f %10.3f %-10.1f| %e %.2E %g %G" % (3.14159, 3.14159, 3.14159, 3.14159, 31415.9, 31415.9, 0.00001, 1e20))
print("%x %X %#x %#X %o %#o %c %c" % (255, 255, 255, 255, 8, 8, 65, "z"))
print("%r %s %a" % ("q'uote", "q'uote", "é"))
print("%% literal, %s" % "ok", "%s" % [1, 2], "%s" % (None,), "%s" % ((1, 2),))
print("%(name)s is %(age)d, again %(name)r" % {"name": "Eve", "age": 7})
print("%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
print("%d" % 3.99, "%d" % True, "%s" % True, "%.3s" % True, "%x" % -255)
print("%s" % 10 ** 20, "%d" % 10 ** 20, "%.1f" % 10 ** 20, "%5.1f%%" % 12.345)
print("%s and %s" % (1.0, 0.1 + 0.2), "%r" % 0.1, "%.0f %.0f" % (0.5, 2.5))
for bad, args in [("%d", ("x",)), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", (1,)), ("%(k)s", (1,))]:
    try:
        bad % args
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)
try:
    "%(missing)s" % {}
except KeyError as e:
    print("KeyError:", e)
