"""Writes golden.rs beside this file: for each seed, the results of a fixed
script of random.Random calls, made in order from a fresh seed. Run it with
CPython 3.11: `python3 gen_golden.py`."""
import os, random, struct, sys

SEEDS = [
    ("int", 0), ("int", 1), ("int", 42), ("int", 2**100), ("int", -5),
    ("int", 2**32), ("int", 2**32 - 1), ("int", 3**20000 + 12345),
    ("str", "hello"), ("bytes", b"bytes"), ("str", ""), ("str", "h\u00e9llo \u263a"),
]

def ops():
    out = ["random"] * 20
    out += [f"getrandbits {k}" for k in list(range(0, 71)) + [95, 96, 97, 127, 128, 129, 160, 200, 1000]]
    out += ["randrange 10"] * 5 + ["randrange -5 17 3"] * 5 + ["randrange 100 -100 -7"] * 5
    out += [f"randrange 0 {2**70}"] * 3 + [f"randrange {2**70}"] * 2
    out += [f"randrange 0 {2**100} {2**33 + 1}"] * 2 + [f"randrange {-2**80} {2**80} -3", f"randrange {2**80} {-2**80} -3"]
    out += ["randrange 0", "randrange -3", "randrange 5 5", "randrange 5 1 0", "randrange 5 10 -1",
            "randrange 10 None 2", "randrange 1 2 5", "randint 5 3"]
    out += ["randint 1 6"] * 10 + ["randint -3 -3", f"randint {-2**64} {2**64}"]
    out += ["shuffle 20", "shuffle 1", "shuffle 0", "shuffle 100"]
    out += ["sample 100 10", "sample 1000000 5", "sample 30 30", "sample 5 6", "sample 0 0",
            "sample 85 6", "sample 86 6", "sample 1000 100", "sample 21 5", "sample 22 5"]
    out += ["samplec 3,0,2,7 4", "samplec 1,1 2", "samplec 0,0 1", "samplec 1 1,2"]
    out += ["choices 5 10", "choices 0 0", "choices 0 1", "choices 1000 3", "choicesw 1,2,3,4,0.5 10", "choicesw 0 1",
            "choicesw 0,0,1 5", "choicesw 0,0 1", "choicesw 1,inf 1", "choicesw 1 2",
            "choicesc 1,3,6,10 10", "choicesc 0.5,0.5,2.25 5"]
    out += ["choice 7"] * 5 + ["choice 0", "choice 1"]
    out += ["gauss 0 1"] * 10 + ["gauss 2 0.5"] * 3 + ["normalvariate 0 1"] * 5
    out += ["lognormvariate 0 0.5"] * 3 + ["expovariate 1.5"] * 3 + ["expovariate 0"]
    out += ["gammavariate 0.5 1"] * 5 + ["gammavariate 1 2"] * 3 + ["gammavariate 2.5 1.5"] * 5
    out += ["gammavariate 0 1", "gammavariate 0.01 1", "gammavariate 100 0.5"]
    out += ["betavariate 2 3"] * 3 + ["betavariate 0.5 0.5"] * 3
    out += ["vonmisesvariate 1 4"] * 5 + ["vonmisesvariate 0 1e-07"] * 2 + ["vonmisesvariate -3 0.5"] * 3
    out += ["paretovariate 2.5"] * 3 + ["paretovariate 0"] + ["weibullvariate 1.5 2"] * 3 + ["weibullvariate 1 0"]
    out += ["triangular"] * 2 + ["triangular 1 3 2.5"] * 3 + ["triangular 2.0 2.0 1.0", "triangular 0 1 -1"]
    out += ["uniform -2 5"] * 3 + ["randbytes 13", "randbytes 0", "randbytes 4"]
    out += ["gauss 0 1", "getrandbits 33", "state"]
    return out

def num(s):
    if s == "None":
        return None
    try:
        return int(s)
    except ValueError:
        return float(s)

def nums(s):
    return [num(x) for x in s.split(",")]

def fmt(v):
    if isinstance(v, float):
        return "f" + format(struct.unpack(">Q", struct.pack(">d", v))[0], "016x")
    if isinstance(v, bytes):
        return "b" + v.hex()
    if isinstance(v, list):
        return ",".join(map(str, v))
    return str(v)

def run(r, op):
    name, *a = op.split()
    a_num = [num(x) for x in a] if name not in ("samplec", "choicesw", "choicesc") else a
    if name == "random": return r.random()
    if name == "getrandbits": return r.getrandbits(*a_num)
    if name == "randrange": return r.randrange(*a_num)
    if name == "randint": return r.randint(*a_num)
    if name == "shuffle":
        x = list(range(a_num[0])); r.shuffle(x); return x
    if name == "sample": return r.sample(range(a_num[0]), a_num[1])
    if name == "samplec":
        c = nums(a[0]); return r.sample(range(len(c)), int(a[1]), counts=c) if "," not in a[1] else r.sample(range(len(c)), 1, counts=nums(a[1]))
    if name == "choices": return r.choices(list(range(a_num[0])), k=a_num[1])
    if name == "choicesw": return r.choices(range(len(a[0].split(","))), nums(a[0]), k=int(a[1]))
    if name == "choicesc": return r.choices(range(len(a[0].split(","))), cum_weights=nums(a[0]), k=int(a[1]))
    if name == "choice": return r.choice(range(a_num[0]))
    if name == "randbytes": return r.randbytes(*a_num)
    if name == "state":
        _, st, g = r.getstate()
        return [st[-1], sum(st[:-1]) % 2**32, st[0], st[623]]
    return getattr(r, name)(*a_num)

def result(r, op):
    try:
        return fmt(run(r, op))
    except Exception as e:
        return f"E:{type(e).__name__}:{e}"

def seed_rs(kind, v):
    if kind == "int":
        return f'Seed::Int("{v}")'
    b = v.encode() if kind == "str" else v
    return f'Seed::Bytes("{b.hex()}")'

def main():
    sys.set_int_max_str_digits(0)
    lines = ["//! Golden results recorded from CPython 3.11.7 by `gen_golden.py`",
             "//! (in this directory): each seed runs [`OPS`] in order.",
             "", "use super::Seed;", "", "/// The script of calls, one per line of each seed's results.",
             "pub const OPS: &[&str] = &["]
    lines += [f"    {op!r},".replace("'", '"') for op in ops()]
    lines += ["];", "", "/// Seeds and the results of [`OPS`] from each.",
              "pub const GOLDEN: &[(Seed, &[&str])] = &["]
    for kind, v in SEEDS:
        r = random.Random(v)
        lines.append(f"    ({seed_rs(kind, v)}, &[")
        for op in ops():
            res = result(r, op).replace("\\", "\\\\").replace('"', '\\"')
            lines.append(f'        "{res}",')
        lines.append("    ]),")
    lines.append("];")
    open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "golden.rs"), "w").write("\n".join(lines) + "\n")

main()
