//! Parser tests: trees for valid programs, CPython 3.11's exact text for errors, and
//! robustness against hostile input.

/// `insta::assert_snapshot!`, with the snapshot files in `src/engine/syntax/snapshots/`.
macro_rules! snapshot {
    ($value:expr) => {
        insta::with_settings!({ snapshot_path => "../snapshots" }, { insta::assert_snapshot!($value) })
    };
}

mod errors;
mod robustness;
mod tools;
mod trees;

use super::*;

/// Parses `src` on a thread with a given stack size (wasm has about 1 MB).
pub(super) fn parse_small_stack(src: String, stack: usize) -> Result<usize, SyntaxError> {
    std::thread::Builder::new()
        .stack_size(stack)
        .spawn(move || parse(&src).map(|m| m.body.len()))
        .unwrap()
        .join()
        .unwrap()
}

/// The stack the deep-nesting tests get: wasm's 1 MB in optimized builds. Unoptimized frames
/// are about five times larger (`measure_stack` prints both), so debug builds get 8 MB.
pub(super) const TEST_STACK: usize = if cfg!(debug_assertions) { 8 << 20 } else { 1 << 20 };

/// What `python3 main.py` prints to stderr for `src` (which must fail to parse).
pub(super) fn stderr(src: &str) -> String {
    match parse(src) {
        Ok(_) => panic!("expected a syntax error for {src:?}"),
        Err(e) => e.render("main.py", src),
    }
}
