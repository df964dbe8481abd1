"""A tiny tokenizer + recursive-descent evaluator for arithmetic with variables."""
from dataclasses import dataclass
from typing import List, Union



@dataclass
class Token:
    kind: str
    value: Union[str, float]
    pos: int


class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at position {pos}")
        self.pos = pos


def tokenize(src: str) -> List[Token]:
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            tokens.append(Token("num", float(src[i:j]), i))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(Token("name", src[i:j], i))
            i = j
        elif src.startswith("**", i):
            tokens.append(Token("op", "**", i)); i += 2
        elif ch in "+-*/%()=,":
            tokens.append(Token("op", ch, i)); i += 1
        else:
            raise ParseError(f"unexpected character {ch!r}", i)
    tokens.append(Token("eof", "", len(src)))
    return tokens


FUNCS = {"max": max, "min": min, "abs": abs, "round": lambda x, n=0: round(x, int(n))}


class Parser:
    def __init__(self, src, env):
        self.toks = tokenize(src)
        self.i = 0
        self.env = env

    def peek(self):
        return self.toks[self.i]

    def take(self, value=None):
        t = self.toks[self.i]
        if value is not None and t.value != value:
            raise ParseError(f"expected {value!r}, got {t.value!r}", t.pos)
        self.i += 1
        return t

    def statement(self):
        if self.peek().kind == "name" and self.toks[self.i + 1].value == "=":
            name = self.take().value
            self.take("=")
            self.env[name] = self.expr()
            return self.env[name]
        return self.expr()

    def expr(self):
        v = self.term()
        while self.peek().value in ("+", "-"):
            op = self.take().value
            v = v + self.term() if op == "+" else v - self.term()
        return v

    def term(self):
        v = self.factor()
        while self.peek().value in ("*", "/", "%"):
            op, t = self.take().value, self.peek()
            r = self.factor()
            if op != "*" and r == 0:
                raise ParseError("division by zero", t.pos)
            v = v * r if op == "*" else (v / r if op == "/" else v % r)
        return v

    def factor(self):
        if self.peek().value == "-":
            self.take()
            return -self.factor()
        base = self.atom()
        if self.peek().value == "**":
            self.take()
            return base ** self.factor()
        return base

    def atom(self):
        t = self.take()
        if t.kind == "num":
            return t.value
        if t.kind == "name":
            if self.peek().value == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek().value == ",":
                    self.take(); args.append(self.expr())
                self.take(")")
                return FUNCS[t.value](*args)
            if t.value not in self.env:
                raise ParseError(f"unknown variable {t.value!r}", t.pos)
            return self.env[t.value]
        if t.value == "(":
            v = self.expr(); self.take(")")
            return v
        raise ParseError(f"unexpected token {t.value!r}", t.pos)


env = {"pi": 3.14159}
lines = ["x = 2 + 3 * 4", "y = (x - 4) ** 2 / 5", "x * y - -3", "2 ** 3 ** 2", "max(x, y, 7) % 4",
         "round(pi * 2, 2)", "z + 1", "10 / (x - 14)", "3 $ 4", "abs(-2.5) + min(1, 2)", "(1 + 2"]
for line in lines:
    try:
        print(f"{line:<22} => {Parser(line, env).statement()!r}")
    except ParseError as e:
        print(f"{line:<22} !! {e} (pos={e.pos})")
print(sorted(env.items()))
print([(t.kind, t.value) for t in tokenize("a1 = 2.5*b")])
