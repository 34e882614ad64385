//! Web entry point (binary `threadplay-web`, built by Trunk for wasm32).

/// The page runs on one thread; talc is smaller and faster there than Rust's default dlmalloc.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
fn main() {
    threadplay::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("threadplay-web is the browser build; use `make serve`, or `threadplay run FILE.py` natively");
    std::process::exit(2);
}
