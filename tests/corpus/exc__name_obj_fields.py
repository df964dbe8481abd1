# NameError.name, AttributeError.name/.obj, their keyword arguments, and the
# "Did you mean" hint of an uncaught NameError for a local variable.
class Point:
    def __init__(self):
        self.x = 1
p = Point()
try:
    p.y
except AttributeError as e:
    print(e.name, e.obj is p, str(e))
try:
    undefined_name
except NameError as e:
    print(e.name, str(e))
import math
try:
    math.sqr
except AttributeError as e:
    print(e.name, e.obj is math)
try:
    Point.z
except AttributeError as e:
    print(e.name, e.obj is Point)
print(NameError("m").name, AttributeError("m").obj)
print(NameError("m", name="q").name, AttributeError("m", name="n", obj=3).obj)
for make in [lambda: ValueError("x", name="q"), lambda: NameError(obj=1), lambda: KeyError(k=1)]:
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
def area(width, height):
    return widht * height
print(area(2, 3))
