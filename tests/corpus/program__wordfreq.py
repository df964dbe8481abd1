# Word frequency report over an embedded text.
from collections import Counter
import string
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""
words = [w.strip(string.punctuation).lower() for w in TEXT.split()]
words = [w for w in words if w]
counts = Counter(words)
print(len(words), len(counts))
for word, n in counts.most_common(6):
    print(f"{word:<8}{n:>3} {'#' * n}")
by_length = {}
for w in sorted(counts):
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length):
    print(length, ", ".join(by_length[length]))
pairs = Counter(zip(words, words[1:]))
print(pairs.most_common(3))
print(max(counts, key=lambda w: (len(w), w)), sorted(w for w, n in counts.items() if n == 1)[:5])
lines = TEXT.splitlines()
print([len(l) for l in lines], sum(c in "aeiou" for c in TEXT.lower()))
print(string.ascii_lowercase[:5], string.digits, len(string.punctuation))
