//! `corelab`: the command-line entry point.
fn main() {
    eprintln!("corelab: not built yet");
    std::process::exit(2);
}
