# find/rfind/index/rindex/count/startswith/endswith.
s = "the cat sat on the mat with the hat"
print(s.find("the"), s.rfind("the"), s.find("the", 1), s.find("the", 1, 10), s.find("dog"))
print(s.index("cat"), s.rindex("at"), s.count("the"), s.count("at"), s.count(""), s.count("at", 10, 20))
print(s.find(""), s.rfind(""), s.find("", 100), s.find("t", -5), s.rfind("t", 0, -5))
print(s.startswith("the"), s.startswith("cat", 4), s.startswith(("a", "t")), s.endswith("hat"))
print(s.endswith(("mat", "hat")), s.endswith("the", 0, 18), s.startswith(""), "".endswith(""))
print("aaaa".count("aa"), "abababa".count("aba"), "abababa".find("aba", 1), "abc".rfind("c", 0, 2))
try:
    s.index("dog")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("dog")
except ValueError as e:
    print("ValueError:", e)
try:
    s.startswith(["the"])
except TypeError as e:
    print("TypeError:", e)
print("cat" in s, "dog" not in s, "" in s, s.find("t") == s.index("t"))
pos = -1
found = []
while True:
    pos = s.find("at", pos + 1)
    if pos < 0:
        break
    found.append(pos)
print(found)
