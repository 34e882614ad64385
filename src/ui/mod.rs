//! The Yew page: a thin view over the engine's trace.

pub fn start() {}
