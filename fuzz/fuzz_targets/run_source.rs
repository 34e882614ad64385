//! Source text → parse → compile → run under `threadplay::engine::fuzzing`'s budgets, on a
//! thread with the page's stack. A panic or a stack overflow (which aborts) is a crash for AFL;
//! `tests/fuzz_replay.rs` replays every saved crash and the minimised corpus the same way.

use threadplay::engine::fuzzing::{run_input, PAGE_STACK};

fn main() {
    afl::fuzz!(|data: &[u8]| {
        let data = data.to_vec();
        std::thread::Builder::new()
            .stack_size(PAGE_STACK)
            .spawn(move || run_input(&data))
            .expect("spawn")
            .join()
            .expect("the run panicked");
    });
}
