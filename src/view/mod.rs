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
pub mod outcomes;
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

/// The CSS classes that tell thread `t` apart: its colour, and once the colours repeat (from the
/// ninth thread on) a mark of another shape (`shape-1` … `shape-3`).
pub fn thread_class(t: u32) -> String {
    match (t / THREAD_COLOURS) % 4 {
        0 => format!("thread-{}", t % THREAD_COLOURS),
        shape => format!("thread-{} shape-{shape}", t % THREAD_COLOURS),
    }
}

/// A thread's name in at most `max` characters (at least 3), keeping its end, which tells
/// threads of a pool apart: "ThreadPoolExecutor-0_2" in 16 becomes "ThreadPo…tor-0_2". Full
/// names stay in titles.
pub fn short_name(name: &str, max: usize) -> String {
    let chars: Vec<char> = name.chars().collect();
    if chars.len() <= max {
        return name.to_string();
    }
    let head = max / 2;
    let tail = max.saturating_sub(head + 1);
    let head: String = chars[..head].iter().collect();
    let tail: String = chars[chars.len() - tail..].iter().collect();
    format!("{head}\u{2026}{tail}")
}

/// The name of a thread as a label shows it: shortened to fit a desktop column, and to fit a
/// phone's (the style sheet shows one or the other).
pub fn name_variants(name: &str) -> (String, String) {
    (short_name(name, 16), short_name(name, 8))
}

#[cfg(test)]
mod names_tests {
    use super::{name_variants, short_name, thread_class};

    #[test]
    fn long_names_keep_their_distinguishing_end() {
        assert_eq!(short_name("MainThread", 16), "MainThread");
        assert_eq!(short_name("Thread-1 (worker)", 16), "Thread-1\u{2026}worker)");
        let pool: Vec<String> = (0..3).map(|i| short_name(&format!("ThreadPoolExecutor-0_{i}"), 16)).collect();
        assert_eq!(pool, ["ThreadPo\u{2026}tor-0_0", "ThreadPo\u{2026}tor-0_1", "ThreadPo\u{2026}tor-0_2"]);
        assert!(pool.iter().all(|n| n.chars().count() == 16));
        assert_eq!(short_name("ÄÖÜäöüßÄÖÜäöüßÄÖÜ", 16), "ÄÖÜäöüßÄ\u{2026}äöüßÄÖÜ");
        // A phone's column: still one worker from another, and MainThread from Thread-1.
        assert_eq!(name_variants("ThreadPoolExecutor-0_2").1, "Thre\u{2026}0_2");
        assert_eq!(name_variants("MainThread").1, "Main\u{2026}ead");
        assert_eq!(short_name("abcdef", 0), "\u{2026}");
    }

    #[test]
    fn colours_that_repeat_come_with_another_shape() {
        assert_eq!(thread_class(0), "thread-0");
        assert_eq!(thread_class(7), "thread-7");
        assert_eq!(thread_class(8), "thread-0 shape-1");
        assert_eq!(thread_class(17), "thread-1 shape-2");
        assert_eq!(thread_class(32), "thread-0");
    }
}
