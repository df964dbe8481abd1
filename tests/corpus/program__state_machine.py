# A tokenizer and a small state machine that evaluates arithmetic.
def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            tokens.append(("NUM", float(src[i:j]) if "." in src[i:j] else int(src[i:j])))
            i = j
        elif ch in "+-*/()":
            tokens.append(("OP", ch))
            i += 1
        else:
            raise SyntaxError(f"unexpected character {ch!r} at {i}")
    return tokens
def evaluate(tokens):
    pos = 0
    def peek():
        return tokens[pos] if pos < len(tokens) else ("END", None)
    def advance():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]
    def atom():
        kind, val = advance()
        if kind == "NUM":
            return val
        if val == "(":
            v = expr()
            advance()
            return v
        if val == "-":
            return -atom()
        raise SyntaxError(f"unexpected {val!r}")
    def term():
        v = atom()
        while peek()[1] in ("*", "/"):
            op = advance()[1]
            v = v * atom() if op == "*" else v / atom()
        return v
    def expr():
        v = term()
        while peek()[1] in ("+", "-"):
            op = advance()[1]
            v = v + term() if op == "+" else v - term()
        return v
    return expr()
for src in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4", "2 * (3 + 4) - -5", "1.5 * 4", "7 - 2 - 1", "8 / (3 - 3)", "2 $ 3"]:
    try:
        print(src, "=", evaluate(tokenize(src)))
    except (SyntaxError, ZeroDivisionError) as e:
        print(src, "->", type(e).__name__, e)
