//! The page's view model: pure functions from the editor's text and a recorded trace to what the
//! page shows (highlighted code, daemon switches, console lines at step k, timeline bars, error
//! marks, lesson blocks). No web crate is used here, so all of it is tested natively; the Yew
//! components in `ui` only draw what these functions return.

pub mod console;
pub mod daemon;
pub mod editing;
pub mod errors;
pub mod highlight;
pub mod lessons;
pub mod markdown;
pub mod step;
pub mod timeline;
pub mod tokens;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod robustness;

use crate::engine::Settings;

/// The file name tracebacks show for the learner's script.
pub const FILENAME: &str = "main.py";

/// Instructions a page run may take before it is stopped as a probable endless loop: smaller than
/// the CLI's, because the page records every line and must answer within about a second.
pub const PAGE_INSTRUCTION_BUDGET: u64 = 5_000_000;

/// The settings of every run the page makes.
pub fn page_settings() -> Settings {
    Settings {
        filename: FILENAME.into(),
        max_instructions: PAGE_INSTRUCTION_BUDGET,
        record_lines: true,
        ..Settings::default()
    }
}

/// Number of thread colours in the style sheet (`--thread-0` … `--thread-7`).
pub const THREAD_COLOURS: u32 = 8;

/// The CSS class that colours thread `t`.
pub fn thread_class(t: u32) -> String {
    format!("thread-{}", t % THREAD_COLOURS)
}
