# HTTP-style headers with a case-insensitive str subclass as dict keys,
# plus a tiny tokenizer whose tokens are str subclasses with a position.


class CIStr(str):
    """A string that compares and hashes case-insensitively."""

    __slots__ = ()

    def __eq__(self, other):
        if isinstance(other, str):
            return self.casefold() == other.casefold()
        return NotImplemented

    def __ne__(self, other):
        eq = self.__eq__(other)
        return eq if eq is NotImplemented else not eq

    def __hash__(self):
        return hash(self.casefold())

    def __repr__(self):
        return f"CIStr({str.__repr__(self)})"


class Headers(dict):
    def __setitem__(self, key, value):
        super().__setitem__(CIStr(key), value)

    def __getitem__(self, key):
        return super().__getitem__(CIStr(key))

    def __contains__(self, key):
        return super().__contains__(CIStr(key))

    def get(self, key, default=None):
        return super().get(CIStr(key), default)


h = Headers()
h["Content-Type"] = "text/html"
h["X-Request-Id"] = "42"
h["content-type"] = "application/json"
print(len(h), h["CONTENT-TYPE"], h.get("x-request-id"), "x-REQUEST-id" in h, "Accept" in h)
print(sorted(h), [type(k).__name__ for k in h], list(h.keys())[0] == "CONTENT-type")
print(CIStr("Hello") == "hello", "HELLO" == CIStr("hello"), CIStr("a") != "A", CIStr("a") in ["A", "b"])
print({CIStr("Key"): 1} == {CIStr("KEY"): 1}, CIStr("abc").upper(), type(CIStr("abc").upper()).__name__)
print(CIStr("x") + "y", type(CIStr("x") + "y").__name__, CIStr("Mixed").lower(), len(CIStr("four")))
try:
    CIStr("a").attr = 1
except AttributeError as e:
    print("AttributeError:", e)


class Token(str):
    def __new__(cls, text, kind, pos):
        self = super().__new__(cls, text)
        self.kind = kind
        self.pos = pos
        return self

    def __repr__(self):
        return f"{self.kind}({str(self)!r}@{self.pos})"


def tokenize(src):
    out, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            out.append(Token(src[i:j], "NUM", i))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            out.append(Token(src[i:j], "NAME", i))
            i = j
        else:
            out.append(Token(ch, "OP", i))
            i += 1
    return out


toks = tokenize("total = price * 12 + tax")
print(toks)
print([t for t in toks if t.kind == "NAME"], " ".join(toks), "".join(toks).upper())
print(toks[0] == "total", toks.index("*"), "price" in toks, {t: t.pos for t in toks}["tax"])
nums = [int(t) for t in toks if t.kind == "NUM"]
print(nums, sum(map(len, toks)), max(toks, key=len), sorted(toks)[:3])
print(f"{toks[0]:>8}|{toks[0]!r}|{toks[0]!s}", "%s/%r" % (toks[2], toks[2]), toks[0][1:], toks[0].startswith("to"))
