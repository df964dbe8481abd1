# Uncaught exception raised inside an except block ("During handling ...").
def parse(text):
    try:
        return int(text)
    except ValueError:
        print("parse failed, raising a different error")
        raise LookupError(f"no number in {text!r}")
print(parse("12"))
print(parse("twelve"))
print("unreachable")
parse("3")
raise SystemExit(9)
