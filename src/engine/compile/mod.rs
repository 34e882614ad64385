//! Syntax tree → bytecode. A symbol pass (`scope`) decides where each name lives (fast local,
//! cell, global, namespace); code generation (`stmt`, `expr`) then emits `Instr`s with their
//! source ranges. Valid Python that the VM does not run yet is rejected here with a clear message.

pub mod builder;
pub mod code;
mod expr;
pub mod scope;
mod stmt;

pub use code::{Code, Instr, Origin};

use crate::engine::source::{LineIndex, TextRange};
use crate::engine::syntax::ast::{self, Stmt};
use crate::engine::value::Value;
use builder::{CodeBuilder, Label, ParamCounts};
use scope::{ScopeKind, ScopeTable};
use std::rc::Rc;

/// Why a tree could not be compiled.
#[derive(Clone, Debug, PartialEq)]
pub struct CompileError {
    /// True for valid Python that threadplay does not support yet (vs. a real SyntaxError).
    pub unsupported: bool,
    pub message: String,
    pub range: TextRange,
}

impl CompileError {
    fn syntax(message: impl Into<String>, range: TextRange) -> Self {
        CompileError { unsupported: false, message: message.into(), range }
    }
    fn unsupported(what: &str, range: TextRange) -> Self {
        CompileError { unsupported: true, message: format!("{what} is not supported in threadplay yet"), range }
    }
}

/// Compiles a module: the learner's script, or a module of the library (`internal`, hidden from
/// tracebacks and line steps).
pub fn compile_module(module: &ast::Module, source: &str, internal: bool) -> Result<Rc<Code>, CompileError> {
    compile_unit(module, source, if internal { Origin::Library } else { Origin::Script }, false)
}

/// Compiles the string given to `exec`, or to `eval` (`expression`: then `module` must be one
/// expression statement, whose value the code returns).
pub fn compile_string(module: &ast::Module, source: &str, expression: bool) -> Result<Rc<Code>, CompileError> {
    if expression && !matches!(module.body.as_slice(), [Stmt { kind: ast::StmtKind::Expr(_), .. }]) {
        let range = module.body.first().map_or_else(TextRange::default, |s| s.range);
        return Err(CompileError::syntax("invalid syntax", range));
    }
    compile_unit(module, source, Origin::String, expression)
}

fn compile_unit(
    module: &ast::Module,
    source: &str,
    origin: Origin,
    expression: bool,
) -> Result<Rc<Code>, CompileError> {
    let scopes = scope::analyze(module).map_err(|e| CompileError::syntax(e.message, e.range))?;
    let lines = LineIndex::new(source);
    let mut c = Compiler { scopes: &scopes, lines: &lines, units: Vec::new(), origin };
    c.push_unit(0, TextRange::default(), Rc::from("<module>"));
    match module.body.as_slice() {
        [Stmt { kind: ast::StmtKind::Expr(e), .. }] if expression => {
            c.expr(e)?;
            c.b().emit(Instr::Return);
        }
        body => {
            c.setup_annotations(body);
            c.stmts(body)?;
            c.b().emit_none_return();
        }
    }
    let code = c.pop_unit(Rc::from("<module>"), Rc::from("<module>"), ParamCounts::default(), false);
    Ok(Rc::new(code))
}

/// What an enclosing block needs when `break`, `continue` or `return` leaves it.
#[derive(Clone)]
enum Block<'a> {
    /// A loop: `continue` jumps to `top`, `break` to `end`; a `for` loop has its iterator on the stack.
    Loop { top: Label, end: Label, is_for: bool },
    /// Inside `try` (an except handler block is set up).
    Try,
    /// Inside `try` of a `try/finally`: leaving runs the finally body.
    Finally { body: &'a [Stmt] },
    /// Inside an `except` clause.
    Handler,
    /// Inside a `with` body: leaving calls `__exit__`.
    With,
}

struct Unit<'a> {
    b: CodeBuilder,
    scope: usize,
    blocks: Vec<Block<'a>>,
    qualname: Rc<str>,
}

struct Compiler<'a> {
    scopes: &'a ScopeTable,
    lines: &'a LineIndex,
    units: Vec<Unit<'a>>,
    origin: Origin,
}

impl CodeBuilder {
    fn emit_none_return(&mut self) {
        let k = self.konst(Value::None);
        self.emit(Instr::LoadConst(k));
        self.emit(Instr::Return);
    }
}

impl<'a> Compiler<'a> {
    fn b(&mut self) -> &mut CodeBuilder {
        &mut self.units.last_mut().expect("a unit is always open").b
    }

    fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("a unit is always open")
    }

    fn scope(&self) -> &'a scope::Scope {
        let idx = self.units.last().map_or(0, |u| u.scope);
        &self.scopes.scopes[idx]
    }

    fn push_unit(&mut self, scope_idx: usize, range: TextRange, qualname: Rc<str>) {
        let mut b = CodeBuilder::new(range);
        let s = &self.scopes.scopes[scope_idx];
        for p in &s.params {
            b.varname(p);
        }
        if s.kind() == ScopeKind::Function {
            for n in &s.assigned {
                if s.is_local(n) && !s.cells.contains(n) {
                    b.varname(n);
                }
            }
        }
        for n in &s.cells {
            b.cellvars.insert(n.clone());
        }
        // In name order, as CPython's co_freevars (what `__closure__` lists).
        let mut frees: Vec<&Rc<str>> = s.frees.iter().collect();
        crate::engine::heapsort::heapsort(&mut frees);
        for n in frees {
            b.freevars.insert(n.clone());
        }
        self.units.push(Unit { b, scope: scope_idx, blocks: Vec::new(), qualname });
    }

    fn pop_unit(&mut self, name: Rc<str>, qualname: Rc<str>, params: ParamCounts, is_generator: bool) -> Code {
        let unit = self.units.pop().expect("unit to pop");
        let uses_namespace = self.scopes.scopes[unit.scope].kind() != ScopeKind::Function;
        unit.b.finish(name, qualname, self.lines, params, is_generator, uses_namespace, self.origin)
    }

    fn set_range(&mut self, range: TextRange) -> TextRange {
        std::mem::replace(&mut self.b().range, range)
    }

    fn load_const(&mut self, v: Value) {
        let k = self.b().konst(v);
        self.b().emit(Instr::LoadConst(k));
    }

    /// Emits a load of `name` according to where the symbol pass put it.
    fn load_name(&mut self, name: &Rc<str>) {
        let scope = self.scope();
        let ins = match scope.kind() {
            ScopeKind::Module => Instr::LoadName(self.b().name(name)),
            ScopeKind::Class => {
                if scope.frees.contains(name) && !scope.assigned.contains(name) {
                    let i = self.b().deref_index(name).unwrap_or(0);
                    Instr::LoadDeref(i)
                } else {
                    Instr::LoadName(self.b().name(name))
                }
            }
            ScopeKind::Function => {
                if let Some(i) = self.b().deref_index(name) {
                    Instr::LoadDeref(i)
                } else if scope.is_local(name) {
                    Instr::LoadFast(self.b().varname(name))
                } else {
                    Instr::LoadGlobal(self.b().name(name))
                }
            }
        };
        self.b().emit(ins);
    }

    fn store_name(&mut self, name: &Rc<str>) {
        let ins = self.name_op(name, Instr::StoreName, Instr::StoreDeref, Instr::StoreFast, Instr::StoreGlobal);
        self.b().emit(ins);
    }

    fn delete_name(&mut self, name: &Rc<str>) {
        let ins = self.name_op(name, Instr::DeleteName, Instr::StoreDeref, Instr::DeleteFast, Instr::DeleteGlobal);
        self.b().emit(ins);
    }

    fn name_op(
        &mut self,
        name: &Rc<str>,
        ns: fn(u32) -> Instr,
        deref: fn(u32) -> Instr,
        fast: fn(u32) -> Instr,
        global: fn(u32) -> Instr,
    ) -> Instr {
        let scope = self.scope();
        match scope.kind() {
            ScopeKind::Module | ScopeKind::Class => {
                if scope.globals.contains(name) {
                    global(self.b().name(name))
                } else {
                    ns(self.b().name(name))
                }
            }
            ScopeKind::Function => {
                if scope.globals.contains(name) {
                    global(self.b().name(name))
                } else if let Some(i) = self.b().deref_index(name) {
                    deref(i)
                } else if scope.is_local(name) {
                    fast(self.b().varname(name))
                } else {
                    global(self.b().name(name))
                }
            }
        }
    }

    fn stmts(&mut self, body: &'a [Stmt]) -> Result<(), CompileError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    /// Emits the exits of every block up to (not including) the one at `depth`, innermost first,
    /// as `break`/`continue`/`return` leave them. `value_on_top`: a return value sits above.
    fn unwind_blocks(&mut self, depth: usize, value_on_top: bool) -> Result<(), CompileError> {
        let mut i = self.unit().blocks.len();
        while i > depth {
            i -= 1;
            let block = self.unit().blocks[i].clone();
            match block {
                Block::Loop { is_for, .. } => {
                    if is_for {
                        if value_on_top {
                            self.b().emit(Instr::Rot2);
                        }
                        self.b().emit(Instr::Pop);
                    }
                }
                Block::Try => self.b().emit(Instr::PopBlock),
                Block::Handler => {
                    // The handled exception sits on the stack under any return value.
                    self.b().emit(Instr::PopExcept);
                    if value_on_top {
                        self.b().emit(Instr::Rot2);
                    }
                    self.b().emit(Instr::Pop);
                }
                Block::With => {
                    self.b().emit(Instr::PopBlock);
                    if value_on_top {
                        self.b().emit(Instr::Rot2);
                    }
                    self.b().emit(Instr::WithExitNormal);
                    self.b().emit(Instr::Pop);
                }
                Block::Finally { body } => {
                    self.b().emit(Instr::PopBlock);
                    // The finally body runs outside its own block.
                    let saved: Vec<Block<'a>> = self.unit().blocks.drain(i..).collect();
                    self.stmts(body)?;
                    self.unit().blocks.extend(saved);
                }
            }
        }
        Ok(())
    }

    fn params_of(p: &ast::Parameters) -> ParamCounts {
        ParamCounts {
            argcount: (p.posonly.len() + p.args.len()) as u32,
            posonly: p.posonly.len() as u32,
            kwonly: p.kwonly.len() as u32,
            varargs: p.vararg.is_some(),
            varkw: p.kwarg.is_some(),
        }
    }

    /// Emits defaults and closure, then `MakeFunction` for `code` (already compiled).
    fn make_function(&mut self, code: Code, params: Option<&'a ast::Parameters>) -> Result<(), CompileError> {
        let mut flags = 0u8;
        if let Some(p) = params {
            let defaults: Vec<&ast::Expr> =
                p.posonly.iter().chain(&p.args).filter_map(|a| a.default.as_ref()).collect();
            if !defaults.is_empty() {
                for d in &defaults {
                    self.expr(d)?;
                }
                self.b().emit(Instr::BuildTuple(defaults.len() as u32));
                flags |= 1;
            }
            let kwdefaults: Vec<(&Rc<str>, &ast::Expr)> =
                p.kwonly.iter().filter_map(|a| a.default.as_ref().map(|d| (&a.name.name, d))).collect();
            if !kwdefaults.is_empty() {
                for (n, d) in &kwdefaults {
                    self.load_const(Value::Str((*n).clone()));
                    self.expr(d)?;
                }
                self.b().emit(Instr::BuildDict(kwdefaults.len() as u32));
                flags |= 2;
            }
        }
        if !code.freevars.is_empty() {
            for n in code.freevars.clone() {
                let i = self.b().deref_index(&n).unwrap_or(0);
                self.b().emit(Instr::LoadClosure(i));
            }
            self.b().emit(Instr::BuildTuple(code.freevars.len() as u32));
            flags |= 4;
        }
        self.load_code(code);
        self.b().emit(Instr::MakeFunction { flags });
        Ok(())
    }

    fn load_code(&mut self, code: Code) {
        self.load_const(Value::Code(Rc::new(code)));
    }

    fn qualname_for(&self, name: &str) -> Rc<str> {
        let parent = self.units.last().map(|u| u.qualname.clone()).unwrap_or_else(|| Rc::from("<module>"));
        let parent_scope = self.scope();
        if &*parent == "<module>" {
            Rc::from(name)
        } else if parent_scope.kind() == ScopeKind::Function {
            Rc::from(format!("{parent}.<locals>.{name}"))
        } else {
            Rc::from(format!("{parent}.{name}"))
        }
    }

    fn scope_of(&self, range: TextRange, kind: u8) -> Result<usize, CompileError> {
        self.scopes.get(range, kind).ok_or_else(|| CompileError::syntax("internal error: scope not found", range))
    }
}
