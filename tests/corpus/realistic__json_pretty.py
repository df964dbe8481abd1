"""A hand-written JSON-like serializer, pretty printer and parser round trip."""


class EncodeError(TypeError):
    pass


def escape(s):
    out = []
    for ch in s:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) > 0x7E:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def dumps(obj, indent=2, level=0, sort_keys=False):
    pad, inner = " " * (indent * level), " " * (indent * (level + 1))
    if obj is None:
        return "null"
    if obj is True or obj is False:
        return "true" if obj else "false"
    if isinstance(obj, (int, float)):
        if obj != obj or obj in (float("inf"), float("-inf")):
            raise EncodeError(f"cannot encode {obj!r}")
        return repr(obj)
    if isinstance(obj, str):
        return escape(obj)
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        items = [inner + dumps(x, indent, level + 1, sort_keys) for x in obj]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        keys = sorted(obj) if sort_keys else list(obj)
        items = []
        for k in keys:
            if not isinstance(k, str):
                raise EncodeError(f"keys must be str, not {type(k).__name__}")
            items.append(f"{inner}{escape(k)}: {dumps(obj[k], indent, level + 1, sort_keys)}")
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    raise EncodeError(f"Object of type {type(obj).__name__} is not serializable")


class Parser:
    def __init__(self, text):
        self.s, self.i = text, 0

    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \n\t\r":
            self.i += 1

    def value(self):
        self.ws()
        c = self.s[self.i]
        if c == "{":
            self.i += 1
            out = {}
            self.ws()
            if self.s[self.i] == "}":
                self.i += 1
                return out
            while True:
                self.ws()
                k = self.value()
                self.ws()
                assert self.s[self.i] == ":", f"expected ':' at {self.i}"
                self.i += 1
                out[k] = self.value()
                self.ws()
                c = self.s[self.i]
                self.i += 1
                if c == "}":
                    return out
        if c == "[":
            self.i += 1
            out = []
            self.ws()
            if self.s[self.i] == "]":
                self.i += 1
                return out
            while True:
                out.append(self.value())
                self.ws()
                c = self.s[self.i]
                self.i += 1
                if c == "]":
                    return out
        if c == '"':
            j = self.i + 1
            buf = []
            while self.s[j] != '"':
                if self.s[j] == "\\":
                    e = self.s[j + 1]
                    if e == "u":
                        buf.append(chr(int(self.s[j + 2:j + 6], 16)))
                        j += 6
                        continue
                    buf.append({"n": "\n", "t": "\t"}.get(e, e))
                    j += 2
                else:
                    buf.append(self.s[j])
                    j += 1
            self.i = j + 1
            return "".join(buf)
        for word, val in (("null", None), ("true", True), ("false", False)):
            if self.s.startswith(word, self.i):
                self.i += len(word)
                return val
        j = self.i
        while j < len(self.s) and self.s[j] in "+-0123456789.eE":
            j += 1
        num = self.s[self.i:j]
        self.i = j
        return float(num) if any(ch in num for ch in ".eE") else int(num)


doc = {"name": "Widget \"Pro\"", "price": 19.99, "tags": ["a", "b\tc", "ünï"], "stock": None,
       "active": True, "dims": {"w": 10, "h": 2.5e-3, "deep": [[], {}, [1, [2, [3]]]]}, "count": -42}
text = dumps(doc)
print(text)
back = Parser(text).value()
print(back == doc, back["tags"], type(back["count"]).__name__)
print(dumps({"b": 1, "a": [True, False]}, indent=4, sort_keys=True))
for bad in ({1: "x"}, [float("nan")], {"s": {1, 2}}):
    try:
        dumps(bad)
    except EncodeError as e:
        print(type(e).__name__, e, isinstance(e, TypeError))
