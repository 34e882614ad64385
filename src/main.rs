//! Web entry point (binary `threadplay-web`, built by Trunk for wasm32).

#[cfg(target_arch = "wasm32")]
fn main() {
    threadplay::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("threadplay-web is the browser build; use `make serve`, or `threadplay run FILE.py` natively");
    std::process::exit(2);
}
