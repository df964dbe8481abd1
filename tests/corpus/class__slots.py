class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
class Q(P):
    __slots__ = "z"
class R(P):
    pass
class S:
    __slots__ = ["a", "__dict__"]
q = Q(1, 2); q.z = 3; print(q.x, q.y, q.z)
for obj, attr in ((q, "w"), (P(0, 0), "z")):
    try: setattr(obj, attr, 1)
    except AttributeError as e: print(e)
r = R(1, 2); r.anything = 5; print(r.anything)
s = S(); s.a = 1; s.b = 2; print(s.a, s.b)
try: print(P(1, 2).__dict__)
except AttributeError as e: print("no dict:", e)
