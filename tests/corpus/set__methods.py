# Set methods.
s = {1, 2, 3}
s.add(4)
s.add(2)
print(s)
s.remove(4)
s.discard(10)
s.discard(1)
print(s)
s.update([5, 6], {7})
print(s)
print(s.pop(), s)
s.intersection_update({3, 5, 6, 99})
print(s)
s.difference_update([5])
print(s)
s.symmetric_difference_update({3, 8})
print(s)
t = s.copy()
t.add(100)
print(s, t, s.issubset(t), t.issuperset(s), s.isdisjoint({1}), s.isdisjoint(t))
t.clear()
print(t, len(t), bool(t))
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
try:
    s.add({1})
except TypeError as e:
    print("TypeError:", e)
words = ["b", "a", "b", "c", "a"]
print(sorted(set(words)), len(set(words)), sorted({w.upper() for w in words}))
print({1, 2} == frozenset({1, 2}), set() == set(), {1, 2}.union(), repr(set()))
