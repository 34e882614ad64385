//! The engine inside a real browser: `cargo test --target wasm32-unknown-unknown` runs these in
//! headless Chromium (see .cargo/config.toml and webdriver.json). Natively this file is empty;
//! the engine's behaviour is specified by the native tests, and these only check that it works
//! the same once compiled to WebAssembly.
#![cfg(target_arch = "wasm32")]

use threadplay::engine::{run, Settings};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn a_print_script_runs_in_the_browser() {
    let r = run("print('hello from', 'the browser')\n", &Settings::default());
    assert_eq!(r.stderr(), "");
    assert_eq!(r.stdout(), "hello from the browser\n");
}

#[wasm_bindgen_test]
fn threads_sleep_on_the_virtual_clock_in_the_browser() {
    let src = "\
import threading, time
def worker(name, delay):
    time.sleep(delay)
    print(name, 'woke')
ts = [threading.Thread(target=worker, args=(n, d)) for n, d in (('slow', 2), ('fast', 1))]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('done')
";
    let r = run(src, &Settings::default());
    assert_eq!(r.stderr(), "");
    assert_eq!(r.stdout(), "fast woke\nslow woke\ndone\n");
}
