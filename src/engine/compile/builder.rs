//! `CodeBuilder`: accumulates the instructions of one code object with their source ranges,
//! constants, names and labels, and resolves jump labels into instruction indexes at the end.

use super::code::{Code, Instr};
use crate::engine::source::{LineIndex, TextRange};
use crate::engine::value::Value;
use indexmap::IndexSet;
use std::rc::Rc;

/// A jump target not yet placed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(pub u32);

pub struct CodeBuilder {
    pub instrs: Vec<Instr>,
    pub ranges: Vec<TextRange>,
    pub line_start: Vec<bool>,
    pub consts: Vec<Value>,
    pub names: IndexSet<Rc<str>>,
    pub varnames: IndexSet<Rc<str>>,
    pub cellvars: IndexSet<Rc<str>>,
    pub freevars: IndexSet<Rc<str>>,
    labels: Vec<Option<u32>>,
    /// Range given to instructions emitted now.
    pub range: TextRange,
    /// The next instruction emitted starts a new line step.
    pending_line: bool,
}

impl CodeBuilder {
    pub fn new(range: TextRange) -> Self {
        CodeBuilder {
            instrs: Vec::new(),
            ranges: Vec::new(),
            line_start: Vec::new(),
            consts: Vec::new(),
            names: IndexSet::new(),
            varnames: IndexSet::new(),
            cellvars: IndexSet::new(),
            freevars: IndexSet::new(),
            labels: Vec::new(),
            range,
            pending_line: false,
        }
    }

    pub fn emit(&mut self, instr: Instr) {
        self.instrs.push(instr);
        self.ranges.push(self.range);
        self.line_start.push(std::mem::take(&mut self.pending_line));
    }

    /// Marks the next instruction as the start of a line step.
    pub fn mark_line(&mut self) {
        self.pending_line = true;
    }

    pub fn new_label(&mut self) -> Label {
        self.labels.push(None);
        Label(self.labels.len() as u32 - 1)
    }

    pub fn place(&mut self, label: Label) {
        self.labels[label.0 as usize] = Some(self.instrs.len() as u32);
    }

    pub fn konst(&mut self, v: Value) -> u32 {
        self.consts.push(v);
        self.consts.len() as u32 - 1
    }

    pub fn name(&mut self, n: &Rc<str>) -> u32 {
        self.names.insert_full(n.clone()).0 as u32
    }

    pub fn varname(&mut self, n: &Rc<str>) -> u32 {
        self.varnames.insert_full(n.clone()).0 as u32
    }

    /// Index of a cell or free variable in the frame's cell array (cells first, then frees).
    pub fn deref_index(&self, n: &str) -> Option<u32> {
        if let Some(i) = self.cellvars.get_index_of(n) {
            return Some(i as u32);
        }
        self.freevars.get_index_of(n).map(|i| (self.cellvars.len() + i) as u32)
    }

    /// Resolves labels (jump operands hold label numbers until now) and builds the code object.
    #[allow(clippy::too_many_arguments)]
    pub fn finish(
        mut self,
        name: Rc<str>,
        qualname: Rc<str>,
        lines: &LineIndex,
        params: ParamCounts,
        is_generator: bool,
        uses_namespace: bool,
        origin: super::code::Origin,
    ) -> Code {
        let resolve = |labels: &Vec<Option<u32>>, l: u32| labels.get(l as usize).copied().flatten().unwrap_or(0);
        for ins in self.instrs.iter_mut() {
            *ins = match *ins {
                Instr::Jump(l) => Instr::Jump(resolve(&self.labels, l)),
                Instr::PopJumpIfFalse(l) => Instr::PopJumpIfFalse(resolve(&self.labels, l)),
                Instr::PopJumpIfTrue(l) => Instr::PopJumpIfTrue(resolve(&self.labels, l)),
                Instr::JumpIfFalseOrPop(l) => Instr::JumpIfFalseOrPop(resolve(&self.labels, l)),
                Instr::JumpIfTrueOrPop(l) => Instr::JumpIfTrueOrPop(resolve(&self.labels, l)),
                Instr::ForIter(l) => Instr::ForIter(resolve(&self.labels, l)),
                Instr::SetupExcept(l) => Instr::SetupExcept(resolve(&self.labels, l)),
                Instr::SetupFinally(l) => Instr::SetupFinally(resolve(&self.labels, l)),
                Instr::JumpIfNotExcMatch(l) => Instr::JumpIfNotExcMatch(resolve(&self.labels, l)),
                other => other,
            };
        }
        let line_numbers: Vec<u32> = self.ranges.iter().map(|r| lines.line_of(r.start)).collect();
        let cellvars: Vec<Rc<str>> = self.cellvars.iter().cloned().collect();
        let varnames: Vec<Rc<str>> = self.varnames.iter().cloned().collect();
        let cell_params = cellvars
            .iter()
            .enumerate()
            .filter_map(|(ci, n)| {
                let vi = varnames.iter().position(|v| v == n)?;
                if (vi as u32) < params.total() {
                    Some((ci as u32, vi as u32))
                } else {
                    None
                }
            })
            .collect();
        Code {
            name,
            qualname,
            first_line: line_numbers.first().copied().unwrap_or(1),
            instrs: self.instrs,
            ranges: self.ranges,
            lines: line_numbers,
            line_start: self.line_start,
            consts: self.consts,
            names: self.names.into_iter().collect(),
            varnames,
            cellvars,
            freevars: self.freevars.into_iter().collect(),
            cell_params,
            argcount: params.argcount,
            posonlycount: params.posonly,
            kwonlycount: params.kwonly,
            varargs: params.varargs,
            varkw: params.varkw,
            is_generator,
            uses_namespace,
            origin,
            doc: None,
        }
    }
}

/// Parameter shape of a code object.
#[derive(Clone, Copy, Debug, Default)]
pub struct ParamCounts {
    /// Positional parameters (positional-only included).
    pub argcount: u32,
    pub posonly: u32,
    pub kwonly: u32,
    pub varargs: bool,
    pub varkw: bool,
}

impl ParamCounts {
    /// Number of local slots the parameters take.
    pub fn total(&self) -> u32 {
        self.argcount + self.kwonly + self.varargs as u32 + self.varkw as u32
    }
}
