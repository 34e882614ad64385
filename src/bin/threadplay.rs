//! Native CLI: `threadplay run FILE.py` runs a script as `python3 FILE.py` would.

fn main() {}
