//! The fuzz harness: one input (source text as bytes) → parse → compile → run, under small
//! budgets. The coverage-guided fuzzer (`fuzz/`, `make fuzz`) and the replay test
//! (`tests/fuzz_replay.rs`, part of `cargo test`) both call `run_input`, so an input that once
//! crashed is replayed exactly as the fuzzer ran it.

use super::{run, Settings};

/// The stack a run has in the page (wasm's 1 MiB). The fuzz target runs each input on a thread
/// of this size, so that an input the page could not survive is a crash; unoptimised builds have
/// frames about five times larger, and the replay test gives them 8 MiB.
pub const PAGE_STACK: usize = 1 << 20;

/// Budgets small enough for thousands of runs a second, large enough to reach threads, sleeps
/// and tracebacks. Any panic, stack overflow or run past these budgets is a bug.
pub fn settings() -> Settings {
    Settings {
        max_instructions: 50_000,
        max_steps: 5_000,
        max_trace_steps: 5_000,
        max_output_bytes: 16_384,
        max_container_len: 100_000,
        max_threads: 32,
        record_lines: true,
        ..Settings::default()
    }
}

/// Runs `data` as a script and drops the result. Bytes that are not UTF-8 are replaced by
/// U+FFFD (lossy), so a mutation that breaks one character still exercises the rest of the
/// program.
pub fn run_input(data: &[u8]) {
    let source = String::from_utf8_lossy(data);
    let _ = run(&source, &settings());
}
