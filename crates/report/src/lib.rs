//! What users look at after a run: renderers over the machine's trace
//! (`corelab_machine::trace::Trace`). Each reads only the trace, never the
//! VM or the machine. `timeline` draws the terminal timeline, `json`
//! writes the machine-readable trace every other renderer can read,
//! `perfetto` the Chrome Trace Event file that ui.perfetto.dev opens, `html`
//! the self-contained HTML report of a run, `check_html` that of a
//! `corelab check`.

pub mod check_html;
pub mod html;
pub mod json;
pub mod perfetto;
pub mod timeline;
