//! Running a whole program in one process on one thread (the single-thread
//! driver used until the machine schedules threads), running a callable to
//! completion for the host, and rendering uncaught exceptions as CPython's
//! traceback.

use crate::errors::Fatal;
use crate::interp::{self, StepOutcome, StopMode};
use crate::objects::Obj;
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::vm::{Stream, Vm};
use corelab_base::SourceFile;
use std::rc::Rc;

/// How a program ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Exit {
    /// Exit status (0 normal, 1 uncaught exception, `sys.exit(n)`).
    Code(i32),
    /// A fatal stop outside Python's control.
    Fatal(Fatal),
}

/// Creates the `__main__` module for `code` and a thread ready to run it.
pub fn start_program(vm: &mut Vm, code: &Rc<corelab_compile::CodeObject>) -> Thread {
    start_program_as(vm, code, "__main__")
}

/// Like [`start_program`] with another module name (`__mp_main__` in a
/// spawned child process).
pub fn start_program_as(
    vm: &mut Vm,
    code: &Rc<corelab_compile::CodeObject>,
    module_name: &str,
) -> Thread {
    let lc = vm.load_code(code);
    let m = crate::modules::new_module(vm, module_name);
    vm.modules.push((module_name.into(), m));
    let Obj::Module(module) = vm.heap.get(m) else {
        unreachable!()
    };
    let globals = module.dict;
    let mut th = Thread::default();
    interp::start_main(vm, &mut th, lc, globals);
    th
}

/// Runs `th` to the end on one simulated core and returns its exit.
pub fn run_to_end(vm: &mut Vm, th: &mut Thread) -> Exit {
    loop {
        let mut out = interp::step(vm, th, 100_000, StopMode::SwitchPoint);
        while let StepOutcome::Sys(req) = out {
            out = match answer_alone(vm, th, req) {
                Ok(()) => StepOutcome::Budget,
                Err(o) => o,
            };
        }
        match out {
            StepOutcome::Budget | StepOutcome::Sys(_) => continue,
            StepOutcome::Finished => return Exit::Code(0),
            StepOutcome::Raised(e) => return uncaught(vm, e),
            StepOutcome::Fatal(f) => return Exit::Fatal(locate(th, f)),
        }
    }
}

/// Answers a machine request for a thread that runs alone, without the
/// machine (host calls such as `str(exc)` while printing a traceback):
/// time passes; anything that needs other threads is unsupported there.
fn answer_alone(vm: &mut Vm, th: &mut Thread, req: crate::Syscall) -> Result<(), StepOutcome> {
    use crate::Syscall;
    let r = match req {
        Syscall::Sleep { ns } | Syscall::GilFree { ns, .. } => {
            vm.clock_ps += ns * 1000;
            Ok(Value::None)
        }
        Syscall::Sync { .. } => Ok(Value::None),
        other => Err(crate::errors::PyErr::unsupported(format!(
            "{} outside the simulated machine",
            other.describe()
        ))),
    };
    interp::deliver(vm, th, r)
}

/// Prefixes an unsupported-feature stop with `file:line:col` of the
/// instruction that hit it (in the program's innermost frame when corelab's
/// own Python library code hit it).
pub fn locate(th: &Thread, f: Fatal) -> Fatal {
    let Fatal::Unsupported(msg) = f else { return f };
    // The program's own line, not the line inside corelab's library code
    // (multiprocessing...) that found the construct unsupported.
    let user = th.frames.iter().rev().find_map(|f| match f {
        crate::thread::Frame::Py(p) if !p.code.code.source.name.starts_with("<corelab:") => Some(p),
        _ => None,
    });
    let Some(frame) = user.or_else(|| interp::current_frame(th)) else {
        return Fatal::Unsupported(msg);
    };
    let code = &frame.code.code;
    let at = frame.ip.saturating_sub(1) as usize;
    let span = code.spans.get(at).copied().unwrap_or_default();
    let lc = code.source.line_col(span.start);
    Fatal::Unsupported(format!(
        "{}:{}:{}: {msg}",
        code.source.name, lc.line, lc.col
    ))
}

/// Calls `func(*args)` to completion on a fresh thread (for the host, e.g.
/// `str(exc)` while printing a traceback).
pub fn call_to_end(vm: &mut Vm, func: Value, args: Vec<Value>) -> Result<Value, Exit> {
    let mut th = Thread::default();
    let r = interp::call_from_host(vm, &mut th, func, &args);
    if let Some(r) = r {
        return r.map_err(|e| match e {
            crate::errors::PyErr::Exc(e) => uncaught(vm, e),
            crate::errors::PyErr::Fatal(f) => Exit::Fatal(*f),
            _ => Exit::Fatal(Fatal::Internal("callback escaped".into())),
        });
    }
    loop {
        let mut out = interp::step(vm, &mut th, 100_000, StopMode::SwitchPoint);
        while let StepOutcome::Sys(req) = out {
            out = match answer_alone(vm, &mut th, req) {
                Ok(()) => StepOutcome::Budget,
                Err(o) => o,
            };
        }
        match out {
            StepOutcome::Budget | StepOutcome::Sys(_) => continue,
            StepOutcome::Finished => return Ok(th.result.unwrap_or(Value::None)),
            StepOutcome::Raised(e) => return Err(uncaught(vm, e)),
            StepOutcome::Fatal(f) => return Err(Exit::Fatal(f)),
        }
    }
}

/// Handles an exception that escaped the program: SystemExit gives its
/// code; anything else prints a traceback and gives 1.
pub fn uncaught(vm: &mut Vm, e: ObjRef) -> Exit {
    if vm.exc_matches(Value::Obj(e), vm.exc.system_exit) {
        let arg = vm
            .exc_data(e)
            .and_then(|d| d.args.first().copied())
            .unwrap_or(Value::None);
        return match arg {
            Value::None => Exit::Code(0),
            Value::Int(i) => Exit::Code(i as i32),
            Value::Bool(b) => Exit::Code(b as i32),
            other => {
                let s = text_of(vm, other, false);
                if let Err(f) = vm.write(Stream::Stderr, &format!("{s}\n")) {
                    return fatal_of(f);
                }
                Exit::Code(1)
            }
        };
    }
    let text = traceback(vm, e, 0);
    if let Err(f) = vm.write(Stream::Stderr, &text) {
        return fatal_of(f);
    }
    if let Some(name) = missing_module(vm, e) {
        // CPython without that module would stop here too (exit 1), but
        // the likelier reading is a program that imports its own module
        // or a package CPython has installed: say what corelab lacks
        // rather than claim the module does not exist.
        let at = vm
            .exc_data(e)
            .and_then(|d| d.traceback.first().cloned())
            .map(|(c, ip)| {
                let code = &c.code;
                let span = code.spans.get(ip as usize).copied().unwrap_or_default();
                let lc = code.source.line_col(span.start);
                format!("{}:{}:{}: ", code.source.name, lc.line, lc.col)
            })
            .unwrap_or_default();
        return Exit::Fatal(Fatal::Unsupported(format!(
            "{at}module '{name}' is not available under corelab, which runs one file and the standard library \
             (a program's own modules and third-party packages are not loaded)"
        )));
    }
    Exit::Code(1)
}

/// The module an uncaught `ModuleNotFoundError` raised by corelab's
/// import names.
fn missing_module(vm: &Vm, e: ObjRef) -> Option<String> {
    if !vm.exc_matches(Value::Obj(e), vm.exc.module_not_found_error) {
        return None;
    }
    let name = vm.exc_data(e).and_then(|d| vm.as_str(d.name))?.to_string();
    vm.missing_modules.contains(&name).then_some(name)
}

fn fatal_of(e: crate::errors::PyErr) -> Exit {
    match e {
        crate::errors::PyErr::Fatal(f) => Exit::Fatal(*f),
        _ => Exit::Fatal(Fatal::Internal("writing a traceback failed".into())),
    }
}

/// str() or repr() of a value for the host; errors become a placeholder.
fn text_of(vm: &mut Vm, v: Value, repr: bool) -> String {
    let f = if repr {
        let name = vm_intern(vm, "repr");
        vm.dict_get_str(vm.builtins, name)
    } else {
        Some(Value::Obj(vm.types.str))
    };
    let Some(f) = f else { return String::new() };
    match call_to_end(vm, f, vec![v]) {
        Ok(s) => vm.as_str(s).unwrap_or("").to_string(),
        Err(_) => "<exception str() failed>".into(),
    }
}

fn vm_intern(vm: &mut Vm, s: &str) -> ObjRef {
    vm.intern(s)
}

/// CPython's traceback text for `e`, with its cause/context chain.
pub fn traceback(vm: &mut Vm, e: ObjRef, depth: usize) -> String {
    let mut out = String::new();
    let Some(data) = vm.exc_data(e).cloned() else {
        return out;
    };
    if depth < 20 {
        if let Value::Obj(c) = data.cause {
            out.push_str(&traceback(vm, c, depth + 1));
            out.push_str(
                "\nThe above exception was the direct cause of the following exception:\n\n",
            );
        } else if let (Value::Obj(c), false) = (data.context, data.suppress_context) {
            out.push_str(&traceback(vm, c, depth + 1));
            out.push_str(
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            );
        }
    }
    out.push_str(&traceback_alone(vm, e));
    out
}

/// The traceback of `e` alone, without its cause/context chain (as
/// CPython's hook for unraisable exceptions prints it).
pub fn traceback_alone(vm: &mut Vm, e: ObjRef) -> String {
    let mut out = String::new();
    let Some(data) = vm.exc_data(e).cloned() else {
        return out;
    };
    if !data.traceback.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        for (code, ip) in data.traceback.iter().rev() {
            let c = &code.code;
            let line = c.line_of(*ip);
            out.push_str(&format!(
                "  File \"{}\", line {line}, in {}\n",
                c.source.name, c.name
            ));
            let text = c.source.line_text(line).trim();
            if !text.is_empty() {
                out.push_str(&format!("    {text}\n"));
            }
        }
    }
    out.push_str(&exception_line(vm, e));
    if let Some(s) = crate::suggestions::suggestion(vm, e) {
        out.push_str(&format!(". Did you mean: '{s}'?"));
    }
    out.push('\n');
    for note in crate::exceptions::notes(vm, e) {
        out.push_str(&note);
        out.push('\n');
    }
    out
}

/// `Type: message` (or just `Type`).
pub fn exception_line(vm: &mut Vm, e: ObjRef) -> String {
    let cls = vm.type_of(Value::Obj(e));
    let t = vm.type_obj(cls);
    let name = if &*t.module == "builtins" || &*t.module == "__main__" {
        t.qualname.to_string()
    } else {
        format!("{}.{}", t.module, t.qualname)
    };
    let msg = text_of(vm, Value::Obj(e), false);
    if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
    }
}

/// Output and exit of a program that stopped before running (a syntax
/// error or an unsupported construct found by the compiler).
pub type Early = (Vec<(Stream, String)>, Exit);

/// Parses and compiles a program and creates its process (with `costs`)
/// and main thread, ready to step.
pub fn prepare(
    name: &str,
    text: &str,
    argv: Vec<String>,
    limits: crate::vm::Limits,
    costs: crate::cost::CostTable,
) -> Result<(Vm, Thread), Early> {
    prepare_as(name, text, argv, limits, costs, "__main__")
}

/// Like [`prepare`], running the program as module `module_name`.
pub fn prepare_as(
    name: &str,
    text: &str,
    argv: Vec<String>,
    limits: crate::vm::Limits,
    costs: crate::cost::CostTable,
    module_name: &str,
) -> Result<(Vm, Thread), Early> {
    let source = SourceFile::new(name, text);
    let mut vm = Vm::new(source.clone());
    vm.limits = limits;
    vm.argv = argv;
    vm.costs = costs;
    let module = match corelab_syntax::parse_module(text) {
        Ok(m) => m,
        Err(e) => {
            let msg = syntax_error_report(&source, &e.message, e.span.start, e.span.end);
            return Err((vec![(Stream::Stderr, msg)], Exit::Code(1)));
        }
    };
    let code = match corelab_compile::compile_module_warn(source.clone(), &module) {
        Ok((c, warnings)) => {
            // CPython's compiler warnings reach stderr before the program
            // runs, as the warnings module formats them.
            for w in warnings {
                let text = format!(
                    "{}:{}: SyntaxWarning: {}\n  {}\n",
                    source.name,
                    w.line,
                    w.message,
                    source.line_text(w.line).trim()
                );
                vm.write(Stream::Stderr, &text).ok();
            }
            c
        }
        Err(e) => {
            return Err(match e.kind {
                corelab_compile::CompileErrorKind::Syntax => {
                    let msg = syntax_error_report(&source, &e.message, e.span.start, e.span.end);
                    (vec![(Stream::Stderr, msg)], Exit::Code(1))
                }
                corelab_compile::CompileErrorKind::Unsupported => {
                    let lc = source.line_col(e.span.start);
                    let msg = format!("{}:{}:{}: {}", source.name, lc.line, lc.col, e.message);
                    (Vec::new(), Exit::Fatal(Fatal::Unsupported(msg)))
                }
            });
        }
    };
    let th = start_program_as(&mut vm, &code, module_name);
    Ok((vm, th))
}

/// Parses, compiles and runs a whole program on one thread without the
/// machine (sleeps just advance the clock); returns output and exit.
pub fn run_source(
    name: &str,
    text: &str,
    argv: Vec<String>,
    limits: crate::vm::Limits,
) -> (Vec<(Stream, String)>, Exit) {
    match prepare(name, text, argv, limits, crate::cost::CostTable::default()) {
        Err(early) => early,
        Ok((mut vm, mut th)) => {
            let exit = run_to_end(&mut vm, &mut th);
            (vm.take_output(), exit)
        }
    }
}

/// CPython's SyntaxError report for an error at `offset`.
pub fn syntax_error_text(source: &SourceFile, message: &str, offset: u32) -> String {
    syntax_error_report(source, message, offset, offset)
}

/// CPython's SyntaxError report: the line with its leading whitespace
/// removed, then carets under `start..end` (one caret when the range is
/// empty, up to the line's end when it spans lines; none when the start
/// falls in the stripped indentation). IndentationErrors get one caret.
pub fn syntax_error_report(source: &SourceFile, message: &str, start: u32, end: u32) -> String {
    let kind = if message.starts_with("inconsistent use of tabs") {
        "TabError"
    } else if message.contains("indent") {
        "IndentationError"
    } else {
        "SyntaxError"
    };
    let lc = source.line_col(start);
    let line = source.line_text(lc.line);
    let len = line.chars().count() as i64;
    let mut end_col = if end <= start {
        lc.col as i64
    } else {
        let e = source.line_col(end);
        if e.line > lc.line {
            len + 1
        } else {
            e.col as i64
        }
    };
    if kind != "SyntaxError" {
        end_col = lc.col as i64;
    }
    let carets = if end_col > lc.col as i64 {
        end_col - lc.col as i64
    } else {
        1
    };
    let trimmed = line.trim_start_matches([' ', '\t', '\x0c']);
    let indent = len - trimmed.chars().count() as i64;
    let offset = (lc.col as i64 - 1 - indent).min(len - indent);
    let mut out = format!(
        "  File \"{}\", line {}\n    {}\n",
        source.name,
        lc.line,
        trimmed.trim_end_matches(['\r', '\n'])
    );
    if offset >= 0 {
        out.push_str(&format!(
            "    {}{}\n",
            " ".repeat(offset as usize),
            "^".repeat(carets as usize)
        ));
    }
    out.push_str(&format!("{kind}: {message}\n"));
    out
}
