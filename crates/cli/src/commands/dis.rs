//! `corelab dis prog.py`: prints the bytecode with switch-point marks.

use super::exit;
use clap::Args;
use corelab_base::SourceFile;
use std::path::PathBuf;

#[derive(Args)]
pub struct DisArgs {
    /// The Python program.
    pub program: PathBuf,
}

pub fn run(a: DisArgs) -> u8 {
    let (name, text) = match super::load(&a.program) {
        Ok(x) => x,
        Err(msg) => {
            eprintln!("{msg}");
            return exit::UNSUPPORTED;
        }
    };
    let source = SourceFile::new(name, text.clone());
    let module = match corelab_syntax::parse_module(&text) {
        Ok(m) => m,
        Err(e) => {
            eprint!(
                "{}",
                corelab_vm::run::syntax_error_text(&source, &e.message, e.span.start)
            );
            return 1;
        }
    };
    match corelab_compile::compile_module(source.clone(), &module) {
        Ok(code) => {
            print!("{}", corelab_compile::disassemble(&code));
            0
        }
        Err(e) => {
            let lc = source.line_col(e.span.start);
            eprintln!("{}:{}:{}: {}", source.name, lc.line, lc.col, e.message);
            exit::UNSUPPORTED
        }
    }
}
