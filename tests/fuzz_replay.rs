//! Replays what the fuzzer (`make fuzz`, `fuzz/`) found: every input that once crashed or hung
//! the engine (`fuzz/crashes/`) and the minimised corpus of its coverage (`fuzz/corpus/`), run
//! through the fuzz target's own function and budgets. Each must end without a panic.

use std::path::{Path, PathBuf};

use threadplay::engine::fuzzing::{run_input, PAGE_STACK};

/// The fuzz target's stack: the page's in optimised builds (`cargo test --release`); debug
/// frames are about five times larger, so they get 8 MiB.
const STACK: usize = if cfg!(debug_assertions) { 8 << 20 } else { PAGE_STACK };

fn inputs(dir: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| path.is_file())
        .collect();
    files.sort();
    files
}

fn replay(dir: &str) -> usize {
    let files = inputs(dir);
    for path in &files {
        let data = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        // One thread per input, named after it: a panic or a stack overflow (which aborts the
        // whole test binary) then names the input that caused it.
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        std::thread::Builder::new()
            .name(name)
            .stack_size(STACK)
            .spawn(move || run_input(&data))
            .expect("spawn")
            .join()
            .unwrap_or_else(|_| panic!("{} panicked", path.display()));
    }
    files.len()
}

#[test]
fn saved_crashes_no_longer_crash() {
    replay("fuzz/crashes");
}

#[test]
fn minimised_corpus_runs_cleanly() {
    assert!(replay("fuzz/corpus") > 0, "fuzz/corpus is empty");
}
