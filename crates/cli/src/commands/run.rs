//! `corelab run prog.py`: runs a program and prints its output and exit
//! status as CPython 3.11 would.

use super::exit;
use clap::Args;
use corelab_vm::{run_source, Exit, Fatal, Limits, Stream};
use std::io::Write;
use std::path::PathBuf;

#[derive(Args)]
pub struct RunArgs {
    /// The Python program.
    pub program: PathBuf,
    /// Arguments passed to the program (sys.argv[1:]).
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    pub args: Vec<String>,
    /// Stop after this many bytecode instructions.
    #[arg(long, default_value_t = Limits::default().max_steps)]
    pub max_steps: u64,
    /// Stop when the program holds more than this many heap objects.
    #[arg(long, default_value_t = Limits::default().max_objects)]
    pub max_objects: usize,
    /// Stop when the program has written more than this many bytes.
    #[arg(long, default_value_t = Limits::default().max_output)]
    pub max_output: usize,
}

pub fn run(a: RunArgs) -> u8 {
    let (name, text) = match super::load(&a.program) {
        Ok(x) => x,
        Err(msg) => {
            eprintln!("{msg}");
            return exit::UNSUPPORTED;
        }
    };
    let limits = Limits {
        max_steps: a.max_steps,
        max_objects: a.max_objects,
        max_output: a.max_output,
    };
    let mut argv = vec![a.program.display().to_string()];
    argv.extend(a.args);
    let (output, status) = run_source(&name, &text, argv, limits);
    let (mut out, mut err) = (std::io::stdout().lock(), std::io::stderr().lock());
    for (stream, chunk) in output {
        let _ = match stream {
            Stream::Stdout => out.write_all(chunk.as_bytes()).and_then(|_| out.flush()),
            Stream::Stderr => err.write_all(chunk.as_bytes()),
        };
    }
    match status {
        Exit::Code(c) => c.clamp(0, 255) as u8,
        Exit::Fatal(Fatal::Unsupported(msg)) => {
            let _ = writeln!(err, "corelab: unsupported: {msg}");
            exit::UNSUPPORTED
        }
        Exit::Fatal(Fatal::Limit(msg)) => {
            let _ = writeln!(err, "corelab: limit: {msg}");
            exit::LIMIT
        }
        Exit::Fatal(Fatal::Internal(msg)) => {
            let _ = writeln!(err, "corelab: internal error (a bug in corelab): {msg}");
            exit::INTERNAL
        }
    }
}
