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

/// Instructions a page run may take before it is stopped as a probable endless loop. The page runs
/// in slices between frames, so this only bounds how long a learner waits (a second or two).
pub const PAGE_INSTRUCTION_BUDGET: u64 = 50_000_000;

/// Steps a page run records before it stops recording line steps; thread events and output are
/// still recorded (see `PAGE_MAX_STEPS`).
pub const PAGE_TRACE_STEPS: usize = 200_000;

/// Steps after which the engine stops a page run (`Settings::max_steps`), because a loop that
/// sleeps or waits records thread events on every turn. A step takes 48 bytes in wasm32 and the step vector's doublings leave the
/// heap about twice its final size, so a runaway program takes about 23 MB (34 MB while the
/// previous run is still shown): ten embeds on one course page stay light. Just under 2^18, so
/// the vector does not double again for the steps of the slice that crosses it.
pub const PAGE_MAX_STEPS: usize = 250_000;

/// The settings of every run the page makes.
pub fn page_settings() -> Settings {
    Settings {
        filename: FILENAME.into(),
        max_instructions: PAGE_INSTRUCTION_BUDGET,
        record_lines: true,
        max_trace_steps: PAGE_TRACE_STEPS,
        max_steps: PAGE_MAX_STEPS,
        ..Settings::default()
    }
}

/// Number of thread colours in the style sheet (`--thread-0` … `--thread-7`).
pub const THREAD_COLOURS: u32 = 8;

/// The CSS class that colours thread `t`.
pub fn thread_class(t: u32) -> String {
    format!("thread-{}", t % THREAD_COLOURS)
}
