//! Steps of a trace in words, for the page ("Thread-1 (worker) sleeps until t = 10.000 s") and for
//! the CLI's `--trace` timeline.
