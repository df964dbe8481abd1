//! One module per `corelab` command, plus what they share: loading a
//! program file and the exit-code convention.

pub mod check;
pub mod demo;
pub mod dis;
pub mod replay;
pub mod run;
pub mod sweep;

use std::path::Path;

/// Exit codes of corelab itself (a program's own exit code passes through).
pub mod exit {
    /// Bad usage or an unsupported program (feature corelab lacks).
    pub const UNSUPPORTED: u8 = 2;
    /// A resource limit was hit (steps, memory, output).
    pub const LIMIT: u8 = 4;
    /// A bug in corelab.
    pub const INTERNAL: u8 = 70;
}

/// Reads a program; the name shown in tracebacks is its absolute path, as
/// CPython shows it.
pub fn load(path: &Path) -> Result<(String, String), String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("corelab: can't open file '{}': {e}", path.display()))?;
    let shown = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    Ok((shown.display().to_string(), text))
}

/// The file name a program is shown by in reports (`bank.py`).
pub fn short_name(path: &Path) -> String {
    path.file_name()
        .map(|f| f.to_string_lossy().to_string())
        .unwrap_or_else(|| path.display().to_string())
}
