"""Text statistics: word frequencies, sentence lengths, n-grams, a histogram."""
from collections import Counter, defaultdict
import string

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity. It was the season of Light, it was the season of Darkness!
It was the spring of hope; it was the winter of despair. We had everything
before us, we had nothing before us? We were all going direct to Heaven."""


def words(text):
    table = str.maketrans("", "", string.punctuation)
    return [w.lower() for w in text.translate(table).split()]


def sentences(text):
    out, cur = [], []
    for tok in text.replace("\n", " ").split(" "):
        if not tok:
            continue
        cur.append(tok)
        if tok[-1] in ".!?":
            out.append(" ".join(cur))
            cur = []
    if cur:
        out.append(" ".join(cur))
    return out


ws = words(TEXT)
freq = Counter(ws)
print(len(ws), len(freq), freq.most_common(5))
print(sorted(w for w, c in freq.items() if c == 1)[:8])
by_len = defaultdict(list)
for w in sorted(set(ws)):
    by_len[len(w)].append(w)
for n in sorted(by_len):
    print(f"{n:2d} {len(by_len[n]):3d} {'#' * len(by_len[n])} {', '.join(by_len[n][:4])}")
sents = sentences(TEXT)
lens = [len(s.split()) for s in sents]
mean = sum(lens) / len(lens)
var = sum((x - mean) ** 2 for x in lens) / (len(lens) - 1)
print(len(sents), lens, f"mean={mean:.3f} sd={var ** 0.5:.3f} median={sorted(lens)[len(lens) // 2]}")
bigrams = Counter(zip(ws, ws[1:]))
print([" ".join(b) + f"={c}" for b, c in bigrams.most_common(4)])
caps = [w.strip(string.punctuation) for w in TEXT.split() if w[0].isupper()]
print(caps, sum(c.isupper() for c in TEXT), sum(c in "aeiou" for c in TEXT.lower()))
longest = max(ws, key=lambda w: (len(w), w))
print(longest, longest.capitalize(), longest[::-1], longest.center(20, "~"))
letters = Counter(c for c in TEXT.lower() if c.isalpha())
total = sum(letters.values())
for ch, c in sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:6]:
    print(f"{ch}: {c:3d} {c / total:6.2%} {'*' * round(40 * c / total)}")
print("%-10s|%5s|%8s" % ("word", "count", "share"))
for w, c in freq.most_common(3):
    print("%-10s|%5d|%7.1f%%" % (w, c, 100 * c / len(ws)))
