//! Golden disassembly tests: representative programs compiled and
//! disassembled, compared against reviewed `insta` snapshots (checked
//! against CPython 3.11's `dis` output for the instruction sequences).

use corelab_base::SourceFile;
use corelab_compile::{compile_module, disassemble, CodeObject, Const, Instr};
use std::rc::Rc;

fn compile(src: &str) -> Rc<CodeObject> {
    let module = corelab_syntax::parse_module(src).expect("test source parses");
    compile_module(SourceFile::new("test.py", src), &module).expect("test source compiles")
}

fn dis(src: &str) -> String {
    disassemble(&compile(src))
}

macro_rules! golden {
    ($name:ident, $src:expr) => {
        #[test]
        fn $name() {
            insta::assert_snapshot!(dis($src));
        }
    };
}

golden!(
    global_counter,
    "counter = 0\n\ndef inc():\n    global counter\n    counter += 1\n"
);

golden!(
    while_loop,
    "def f(n):\n    total = 0\n    while n > 0:\n        total += n\n        n -= 1\n    else:\n        done()\n    while True:\n        if not total:\n            break\n        total -= 1\n    return total\n"
);

golden!(
    for_loop,
    "for i in [1, 2, 3]:\n    if i == 2:\n        continue\n    if i is None:\n        break\n    print(i)\nelse:\n    print('done')\n"
);

golden!(
    closures_nonlocal,
    "def outer():\n    count = 0\n    def inc(step=1):\n        nonlocal count\n        count += step\n        return count\n    return inc\n"
);

golden!(
    class_with_super,
    "class Base:\n    pass\n\nclass Child(Base):\n    \"\"\"Doc.\"\"\"\n    limit = 3\n    def method(self, x):\n        return super().method(x) + self.limit\n"
);

golden!(
    try_except_else_finally,
    "def f():\n    try:\n        work()\n    except ValueError as e:\n        log(e)\n    except (KeyError, IndexError):\n        pass\n    except:\n        raise\n    else:\n        ok()\n    finally:\n        cleanup()\n"
);

golden!(
    with_statement,
    "with lock:\n    counter += 1\nwith open('f') as fh, other() as (a, b):\n    fh.read()\n"
);

golden!(
    generator_yield_from,
    "def gen(items):\n    yield 1\n    sent = yield\n    result = yield from items\n    return result\n"
);

golden!(
    comprehensions,
    "squares = [x * x for x in data if x % 2]\nindex = {k: v for k, v in pairs}\nseen = {c for c in text for _ in [0]}\ntotal = sum(x for x in data)\n"
);

golden!(
    fstrings,
    "name = 'w'\nwidth = 8\nmsg = f'{name!r:>{width}} {width:03d} {name=} {width + 1}'\n"
);

golden!(
    star_unpacking,
    "a, *rest, z = seq\nx, y = y, x\nfirst, (second, third) = pair\nmerged = [*a, *rest, 4]\nd = {**base, 'k': 1}\n"
);

golden!(
    chained_comparisons,
    "ok = 0 < x <= 10\nif a < b < c:\n    hit()\n"
);

golden!(
    calls_keywords_and_star_args,
    "f(1, b=2)\nobj.method(x, key=y)\ng(*args)\nh(1, *args, **kwargs)\nk(x=1, **kw)\n"
);

golden!(
    assert_statement,
    "def check(x):\n    assert x > 0\n    assert x < 10, f'too big: {x}'\n"
);

golden!(
    import_forms,
    "from __future__ import annotations\nimport os\nimport a.b.c\nimport a.b as ab\nfrom m import x, y as z\nfrom pkg import *\n"
);

golden!(
    lambda_expression,
    "key = lambda item, scale=2: item[1] * scale\nnames.sort(key=lambda s: s.lower())\n"
);

golden!(
    decorators,
    "@cache\n@register('x')\ndef f(a, b=1, *args, c, d=2, **kw):\n    return a\n\n@dataclass\nclass P:\n    x: int = 0\n"
);

// ---- exact instruction sequences ---------------------------------------

fn nested(code: &CodeObject, name: &str) -> Rc<CodeObject> {
    code.consts
        .iter()
        .find_map(|c| match c {
            Const::Code(c) if &*c.name == name => Some(c.clone()),
            _ => None,
        })
        .expect("nested code object")
}

#[test]
fn counter_increment_is_load_global_binary_op_store_global() {
    let module = compile("counter = 0\ndef inc():\n    global counter\n    counter += 1\n");
    let inc = nested(&module, "inc");
    assert_eq!(
        &inc.instrs[1..5],
        &[
            Instr::LoadGlobal(0),
            Instr::LoadConst(1),
            Instr::BinaryOp(corelab_compile::BinOp::InplaceAdd as u32),
            Instr::StoreGlobal(0),
        ]
    );
}

#[test]
fn every_back_edge_is_a_switch_point() {
    let code = compile("def f(n):\n    while n:\n        n -= 1\n    for i in n:\n        pass\n");
    let f = nested(&code, "f");
    for (i, instr) in f.instrs.iter().enumerate() {
        if let Some(t) = instr.jump_target() {
            if t <= i as u32 {
                assert!(instr.is_switch_point(i as u32), "{instr:?} at {i}");
            }
        }
    }
}

// ---- compile-time errors -------------------------------------------------

fn error(src: &str) -> corelab_compile::CompileError {
    let module = corelab_syntax::parse_module(src).expect("test source parses");
    compile_module(SourceFile::new("test.py", src), &module).expect_err("compile error expected")
}

#[test]
fn syntax_errors_use_cpython_messages() {
    use corelab_compile::CompileErrorKind::Syntax;
    let cases = [
        ("return 1\n", "'return' outside function"),
        ("break\n", "'break' outside loop"),
        ("continue\n", "'continue' not properly in loop"),
        (
            "nonlocal x\n",
            "nonlocal declaration not allowed at module level",
        ),
        (
            "def f():\n    nonlocal x\n",
            "no binding for nonlocal 'x' found",
        ),
        (
            "def f():\n    print(x)\n    global x\n",
            "name 'x' is used prior to global declaration",
        ),
        (
            "def f():\n    x = 1\n    global x\n",
            "name 'x' is assigned to before global declaration",
        ),
        (
            "def f(a):\n    global a\n",
            "name 'a' is parameter and global",
        ),
        ("yield 1\n", "'yield' outside function"),
        (
            "[(yield) for x in y]\n",
            "'yield' inside list comprehension",
        ),
        (
            "a, *b, *c = d\n",
            "multiple starred expressions in assignment",
        ),
        (
            "def f():\n    from m import *\n",
            "import * only allowed at module level",
        ),
    ];
    for (src, msg) in cases {
        let e = error(src);
        assert_eq!((e.kind, e.message.as_str()), (Syntax, msg), "{src}");
    }
}

#[test]
fn unsupported_constructs_name_themselves() {
    use corelab_compile::CompileErrorKind::Unsupported;
    let cases = [
        (
            "match x:\n    case 1:\n        pass\n",
            "`match` statements are not supported by corelab yet",
        ),
        (
            "async def f():\n    pass\n",
            "`async def` functions are not supported by corelab yet",
        ),
        (
            "from . import x\n",
            "relative imports are not supported by corelab yet",
        ),
        (
            "class C(metaclass=M):\n    pass\n",
            "the `metaclass` keyword is not supported by corelab yet",
        ),
    ];
    for (src, msg) in cases {
        let e = error(src);
        assert_eq!((e.kind, e.message.as_str()), (Unsupported, msg), "{src}");
    }
}
