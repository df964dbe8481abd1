# Case-changing methods.
samples = ["hello world", "Hello World", "HELLO", "hELLO wORLD", "they're bill's friends",
           "123abc", "a-b_c d", "", "mIxEd 42 CaSe", "o'neil mc-donald", "ß and ﬁ"]
for s in samples:
    print(repr(s), "|", s.upper(), "|", s.lower(), "|", s.title(), "|", s.capitalize(), "|", s.swapcase(), "|", s.casefold())
print("hello".upper().lower() == "hello", "ABC".isupper(), "abc".islower())
print("Title Case".istitle(), "Not title".istitle(), "".istitle())
print("ǅungla".lower(), "ǆ".upper(), "ﬀ".upper(), "ΣΑΣ ΟΔΟΣ".lower())
print("hello world".title() == "Hello World", "HELLO".capitalize(), "aBc".swapcase().swapcase())
print(["x".upper(), "Y".lower(), "1a".upper(), "a1".title(), "3rd place".title()])
