//! `corelab`: the command-line entry point. Thin: argument parsing here,
//! one file per command under `commands/`.

mod commands;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// Run Python programs on a simulated multicore computer.
#[derive(Parser)]
#[command(name = "corelab", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Answer "threads or processes?": the same work sequentially, with
    /// threads and with processes, with and without the GIL, in one table.
    Demo(commands::demo::DemoArgs),
    /// Run a Python program and print what CPython 3.11 would print.
    Run(commands::run::RunArgs),
    /// Explore thread interleavings: find data races, deadlocks and failing
    /// assertions, or prove there are none for this input.
    Check(commands::check::CheckArgs),
    /// Run a program along a schedule printed by `corelab check`.
    Replay(commands::replay::ReplayArgs),
    /// Show the bytecode of a program, with CPython 3.11's switch points.
    Dis(commands::dis::DisArgs),
    /// Run a program over a grid of machines and constants; chart the
    /// wall times and speed-ups.
    Sweep(commands::sweep::SweepArgs),
}

fn main() -> ExitCode {
    quiet_on_broken_pipe();
    let cli = Cli::parse();
    let code = match cli.command {
        Command::Demo(a) => commands::demo::run(a),
        Command::Run(a) => commands::run::run(a),
        Command::Check(a) => commands::check::run(a),
        Command::Replay(a) => commands::replay::run(a),
        Command::Dis(a) => commands::dis::run(a),
        Command::Sweep(a) => commands::sweep::run(a),
    };
    ExitCode::from(code)
}

/// `corelab dis prog.py | head`: when the reader of our output goes away,
/// `println!` panics ("failed printing to stdout: Broken pipe"). Unix
/// tools die quietly of SIGPIPE there; resetting SIGPIPE would need
/// `unsafe` (forbidden in this workspace), so the panic hook ends the
/// process quietly instead, with the shell's status for a SIGPIPE death
/// (128 + 13). Every other panic is reported as before.
fn quiet_on_broken_pipe() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let msg = info
            .payload()
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| info.payload().downcast_ref::<&str>().copied())
            .unwrap_or("");
        if msg.contains("Broken pipe") {
            std::process::exit(141);
        }
        default(info);
    }));
}
