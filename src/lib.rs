//! threadplay: a deterministic, simulated-thread Python for teaching concurrency.
//!
//! `engine` is pure Rust and runs natively and in the browser; `ui` is the Yew page, compiled
//! only for wasm32 so that nothing in the engine can reach a browser API.

pub mod engine;
pub mod view;

#[cfg(target_arch = "wasm32")]
pub mod ui;
