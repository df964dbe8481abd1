l = [1, 2]; l.append(l); print(l, repr(l))
d = {"a": 1}; d["self"] = d; print(d)
class R:
    def __repr__(self): return "R()"
print([R()], {R(): 1} if False else {1: R()}, (R(),), {R()} if False else "", str([R()]))
class NE:
    def __eq__(self, o): return NotImplemented
print(NE() == NE(), NE() != 1, [NE()] == [NE()])
a = NE(); print(a == a, [a] == [a], a in [a])
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"C{self.v}"
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), max([Cmp(3), Cmp(5)]), min(Cmp(3), Cmp(5)))
try: Cmp(1) > 5
except (TypeError, AttributeError) as e: print(type(e).__name__, e)
try: Cmp(1) <= Cmp(2)
except TypeError as e: print(e)
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted(["B", "a", "C"], key=str.lower), sorted([3, 1, 2], key=lambda x: -x))
data = [("x", 2), ("y", 1), ("z", 2)]; data.sort(key=lambda t: t[1]); print(data)
print([*range(3), *"ab"], {*"aa", 1}, {**{"a": 1}, "b": 2}, (*[1], 2))
print([(i, j) for i in range(3) for j in range(i)], {i: i * i for i in range(4) if i % 2}, [x for x in [[1, 2], [3]] for x in x])
first, *rest = "hello"; print(first, rest); *a, b = [1]; print(a, b)
print([y for x in range(3) if (y := x * 2) > 1], y)
m = [[0] * 3 for _ in range(2)]; m[0][1] = 5; print(m)
t = (1, [2, 3]); t[1].append(4); print(t)
try: t[1] += [5]
except TypeError as e: print(e, t)
s = "abc"
try: s[0] = "x"
except TypeError as e: print(e)
try: del s[0]
except TypeError as e: print(e)
try: hash([])
except TypeError as e: print(e)
try: {[]: 1}
except TypeError as e: print(e)
try: {1, 2} + {3}
except TypeError as e: print(e)
try: len(5)
except TypeError as e: print(e)
try: iter(5)
except TypeError as e: print(e)
try: next(iter([]))
except StopIteration as e: print("stop", repr(e))
try: (lambda: None)()()
except TypeError as e: print(e)
try: (1).foo
except AttributeError as e: print(e)
try: "a" * "b"
except TypeError as e: print(e)
try: [1] * 2.0
except TypeError as e: print(e)
try: -"a"
except TypeError as e: print(e)
try: 1 < "a"
except TypeError as e: print(e)
try: sum(["a", "b"])
except TypeError as e: print(e)
try: int("abc")
except ValueError as e: print(e)
try: float("x1")
except ValueError as e: print(e)
try: dict([(1, 2, 3)])
except ValueError as e: print(e)
try: "x".join([1])
except TypeError as e: print(e)
try: ord("ab")
except TypeError as e: print(e)
try: chr(-1)
except ValueError as e: print(e)
try: [].index(1)
except ValueError as e: print(e)
try: {}.popitem()
except KeyError as e: print(e)
try: range(0)[0]
except IndexError as e: print(e)
try: "abc".index("z")
except ValueError as e: print(e)
try: (1, 2)[5]
except IndexError as e: print(e)
try: import nonexistent_mod
except ModuleNotFoundError as e: print(e, e.name)
try: max([])
except ValueError as e: print(e)
try: divmod(1, 0)
except ZeroDivisionError as e: print(e)
try: 1.0 / 0
except ZeroDivisionError as e: print(e)
try: 5 % 0
except ZeroDivisionError as e: print(e)
try: 2 ** 0.5 ** "x"
except TypeError as e: print(e)
try: print(undefined_name)
except NameError as e: print(e)
def uses_before():
    print(v); v = 1
try: uses_before()
except UnboundLocalError as e: print(e)
x = 10
def f(): x += 1
try: f()
except UnboundLocalError as e: print(e)
print(isinstance(UnboundLocalError(), NameError), issubclass(ModuleNotFoundError, ImportError), KeyError.__mro__)
