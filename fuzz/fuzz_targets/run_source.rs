//! Source text → parse → compile → run under `threadplay::engine::fuzzing`'s budgets. A panic
//! (or a stack overflow, which aborts) is a crash for AFL; `tests/fuzz_replay.rs` replays every
//! saved crash and the minimised corpus through the same function.

fn main() {
    afl::fuzz!(|data: &[u8]| {
        threadplay::engine::fuzzing::run_input(data);
    });
}
