//! Engine speed: a CPU-bound pure-Python loop and a thread-heavy script. Compare with CPython
//! by running the same scripts under `python3` (see docs/ARCHITECTURE.md, "Measuring").

use criterion::{criterion_group, criterion_main, Criterion};
use threadplay::engine::{run, Settings};

/// Sums a million numbers in a plain loop.
pub const CPU_LOOP: &str = "\
total = 0
i = 0
while i < 1_000_000:
    total += i * 2 % 7
    i += 1
print(total)
";

/// Fifty threads that each sleep, compute a little and append to a shared list.
pub const THREADS: &str = "\
import threading, time
results = []
def worker(n):
    time.sleep(0.01 * (n % 5))
    s = 0
    for k in range(2000):
        s += k
    results.append((n, s))
threads = [threading.Thread(target=worker, args=(n,)) for n in range(50)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(results))
";

fn settings() -> Settings {
    Settings { record_lines: false, ..Settings::default() }
}

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("engine");
    g.sample_size(10);
    g.bench_function("cpu_loop_1M", |b| b.iter(|| run(CPU_LOOP, &settings())));
    g.bench_function("threads_50", |b| b.iter(|| run(THREADS, &settings())));
    g.bench_function("cpu_loop_1M_with_line_trace", |b| {
        b.iter(|| run(CPU_LOOP, &Settings { record_lines: true, ..Settings::default() }))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
