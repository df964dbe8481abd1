# collections.defaultdict.
from collections import defaultdict
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
by_letter = defaultdict(list)
for w in words:
    by_letter[w[0]].append(w)
print(by_letter)
print(dict(by_letter), by_letter["z"], len(by_letter))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, sorted(counts.items()))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
nested["a"]["y"] += 2
nested["b"]["x"] += 3
print({k: dict(v) for k, v in nested.items()})
sets = defaultdict(set)
sets["k"].add(1)
sets["k"].add(1)
print(sets)
plain = defaultdict()
try:
    plain["missing"]
except KeyError as e:
    print("KeyError:", e)
print(plain.default_factory, counts.default_factory, by_letter.default_factory)
print("q" in counts, counts.get("q"), "q" in counts)
counts.default_factory = None
try:
    counts["new"]
except KeyError as e:
    print("KeyError after removing factory:", e)
print(isinstance(counts, dict), type(counts).__name__)
