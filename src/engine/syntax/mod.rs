//! Python source → syntax tree. A hand-written tokenizer (with INDENT/DEDENT) and a
//! recursive-descent parser; syntax errors are worded as CPython 3.11 words them.

pub mod ast;
