# Greedy text wrapping and justification, written by hand.
def wrap(text, width):
    lines, line = [], []
    for word in text.split():
        if line and len(" ".join(line + [word])) > width:
            lines.append(line)
            line = []
        line.append(word)
    if line:
        lines.append(line)
    return lines
def justify(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (spaces // gaps + (1 if i < spaces % gaps else 0))
    return out + words[-1]
text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
        "liquor jugs! How vexingly quick daft zebras jump; sphinx of black quartz, judge my vow.")
for width in (20, 33):
    print("-" * width)
    lines = wrap(text, width)
    for words in lines[:-1]:
        print(justify(words, width) + "|")
    print(" ".join(lines[-1]).ljust(width) + "|")
print(max(len(w) for w in text.split()), text.count(" ") + 1)
print([w for w in text.replace(",", "").replace(".", "").split() if len(w) > 6])
