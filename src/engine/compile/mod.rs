//! Syntax tree → bytecode. A symbol pass decides where each name lives (fast local, cell,
//! global, namespace); code generation then emits `Instr`s with their source ranges.

pub mod code;

pub use code::{Code, Instr};
