//! Code generation for statements: assignment, control flow, `def`/`class`, `try`, `with`,
//! imports.

use super::builder::ParamCounts;
use super::scope::{KEY_CLASS, KEY_FUNCTION};
use super::{Block, CompileError, Compiler, Instr};
use crate::engine::syntax::ast::{self, *};
use crate::engine::value::Value;
use std::rc::Rc;

impl<'a> Compiler<'a> {
    pub(super) fn stmt(&mut self, s: &'a Stmt) -> Result<(), CompileError> {
        let saved = self.set_range(s.range);
        self.b().mark_line();
        let r = self.stmt_inner(s);
        self.set_range(saved);
        r
    }

    fn stmt_inner(&mut self, s: &'a Stmt) -> Result<(), CompileError> {
        match &s.kind {
            StmtKind::Expr(e) => {
                self.expr(e)?;
                self.b().emit(Instr::Pop);
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.b().emit(Instr::Dup);
                    }
                    self.store_target(t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::AnnAssign { target, annotation, value } => {
                if let Some(v) = value {
                    self.expr(v)?;
                    self.store_target(target)?;
                }
                // In a class or module body, `name: T` records T in `__annotations__` (what
                // dataclasses read); in a function the annotation is not evaluated.
                if let (ExprKind::Name(n), false) = (&target.kind, self.scope().kind() == super::ScopeKind::Function) {
                    self.expr(annotation)?;
                    self.load_name(&Rc::from("__annotations__"));
                    self.load_const(Value::Str(n.clone()));
                    self.b().emit(Instr::StoreSubscript);
                }
            }
            StmtKind::Pass => self.b().emit(Instr::Nop),
            StmtKind::Break | StmtKind::Continue => {
                let is_break = matches!(s.kind, StmtKind::Break);
                let pos = self.unit().blocks.iter().rposition(|b| matches!(b, Block::Loop { .. }));
                let Some(pos) = pos else {
                    let what = if is_break { "'break' outside loop" } else { "'continue' not properly in loop" };
                    return Err(CompileError::syntax(what, s.range));
                };
                let Block::Loop { top, end, is_for } = self.unit().blocks[pos].clone() else { unreachable!() };
                self.unwind_blocks(pos + 1, false)?;
                if is_break {
                    if is_for {
                        self.b().emit(Instr::Pop);
                    }
                    self.b().emit(Instr::Jump(end.0));
                } else {
                    self.b().emit(Instr::Jump(top.0));
                }
            }
            StmtKind::Return(v) => {
                if self.scope().kind() != super::ScopeKind::Function {
                    return Err(CompileError::syntax("'return' outside function", s.range));
                }
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                self.unwind_blocks(0, true)?;
                self.b().emit(Instr::Return);
            }
            StmtKind::If { test, body, orelse } => {
                let else_l = self.b().new_label();
                let end = self.b().new_label();
                self.expr(test)?;
                self.b().emit(Instr::PopJumpIfFalse(else_l.0));
                self.stmts(body)?;
                if !orelse.is_empty() {
                    self.b().emit(Instr::Jump(end.0));
                }
                self.b().place(else_l);
                self.stmts(orelse)?;
                self.b().place(end);
            }
            StmtKind::While { test, body, orelse } => {
                let top = self.b().new_label();
                let else_l = self.b().new_label();
                let end = self.b().new_label();
                self.b().place(top);
                self.b().mark_line();
                self.expr(test)?;
                self.b().emit(Instr::PopJumpIfFalse(else_l.0));
                self.unit().blocks.push(Block::Loop { top, end, is_for: false });
                self.stmts(body)?;
                self.unit().blocks.pop();
                let r = self.set_range(s.range);
                self.b().emit(Instr::Jump(top.0));
                self.set_range(r);
                self.b().place(else_l);
                self.stmts(orelse)?;
                self.b().place(end);
            }
            StmtKind::For { target, iter, body, orelse, is_async } => {
                if *is_async {
                    return Err(CompileError::unsupported("`async for`", s.range));
                }
                let top = self.b().new_label();
                let else_l = self.b().new_label();
                let end = self.b().new_label();
                self.expr(iter)?;
                self.b().emit(Instr::GetIter);
                self.b().place(top);
                self.b().mark_line();
                self.b().emit(Instr::ForIter(else_l.0));
                self.store_target(target)?;
                self.unit().blocks.push(Block::Loop { top, end, is_for: true });
                self.stmts(body)?;
                self.unit().blocks.pop();
                self.b().emit(Instr::Jump(top.0));
                self.b().place(else_l);
                self.stmts(orelse)?;
                self.b().place(end);
            }
            StmtKind::FunctionDef(f) => self.function_def(f)?,
            StmtKind::ClassDef(c) => self.class_def(c)?,
            StmtKind::Try { body, handlers, orelse, finalbody, is_star } => {
                if *is_star {
                    return Err(CompileError::unsupported("`except*`", s.range));
                }
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse)?;
                } else {
                    let handler = self.b().new_label();
                    let end = self.b().new_label();
                    self.b().emit(Instr::SetupFinally(handler.0));
                    self.unit().blocks.push(Block::Finally { body: finalbody });
                    if handlers.is_empty() {
                        self.stmts(body)?;
                        self.stmts(orelse)?;
                    } else {
                        self.try_except(body, handlers, orelse)?;
                    }
                    self.unit().blocks.pop();
                    self.b().emit(Instr::PopBlock);
                    self.stmts(finalbody)?;
                    self.b().emit(Instr::Jump(end.0));
                    // Exceptional path: the exception is on the stack.
                    self.b().place(handler);
                    self.unit().blocks.push(Block::Handler);
                    self.b().emit(Instr::BeginHandler);
                    self.stmts(finalbody)?;
                    self.unit().blocks.pop();
                    self.b().emit(Instr::PopExcept);
                    self.b().emit(Instr::Reraise);
                    self.b().place(end);
                }
            }
            StmtKind::Raise { exc, cause } => match (exc, cause) {
                (None, _) => self.b().emit(Instr::Raise(0)),
                (Some(e), None) => {
                    self.expr(e)?;
                    self.b().emit(Instr::Raise(1));
                }
                (Some(e), Some(c)) => {
                    self.expr(e)?;
                    self.expr(c)?;
                    self.b().emit(Instr::Raise(2));
                }
            },
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let idx = self.b().name(&a.name.name);
                    self.b().emit(Instr::ImportName(idx));
                    match &a.asname {
                        Some(asname) => {
                            for part in a.name.name.split('.').skip(1) {
                                let i = self.b().name(&Rc::from(part));
                                self.b().emit(Instr::LoadAttr(i));
                            }
                            self.store_name(&asname.name);
                        }
                        None => {
                            let top: Rc<str> = Rc::from(a.name.name.split('.').next().unwrap_or(""));
                            self.store_name(&top);
                        }
                    }
                }
            }
            StmtKind::ImportFrom { module, names, level } => {
                if *level > 0 {
                    // As CPython where a script runs: there is no package to be relative to.
                    self.load_name(&Rc::from("ImportError"));
                    self.load_const(Value::str("attempted relative import with no known parent package"));
                    self.b().emit(Instr::Call(1));
                    self.b().emit(Instr::Raise(1));
                    return Ok(());
                }
                let Some(module) = module else {
                    return Err(CompileError::syntax("invalid syntax", s.range));
                };
                if names.iter().any(|a| &*a.name.name == "*") {
                    return Err(CompileError::unsupported("`from ... import *`", s.range));
                }
                // Import the full dotted module, then walk down to it.
                let idx = self.b().name(&module.name);
                self.b().emit(Instr::ImportName(idx));
                for part in module.name.split('.').skip(1) {
                    let i = self.b().name(&Rc::from(part));
                    self.b().emit(Instr::LoadAttr(i));
                }
                for a in names {
                    let i = self.b().name(&a.name.name);
                    self.b().emit(Instr::ImportFrom(i));
                    let bound = a.asname.as_ref().unwrap_or(&a.name).name.clone();
                    self.store_name(&bound);
                }
                self.b().emit(Instr::Pop);
            }
            StmtKind::With { items, body, is_async } => {
                if *is_async {
                    return Err(CompileError::unsupported("`async with`", s.range));
                }
                self.with_items(items, body)?;
            }
            StmtKind::Assert { test, msg } => {
                let end = self.b().new_label();
                self.expr(test)?;
                self.b().emit(Instr::PopJumpIfTrue(end.0));
                self.load_name(&Rc::from("AssertionError"));
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.b().emit(Instr::Call(1));
                }
                self.b().emit(Instr::Raise(1));
                self.b().place(end);
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete_target(t)?;
                }
            }
            StmtKind::Match => return Err(CompileError::unsupported("the `match` statement", s.range)),
            StmtKind::Unsupported(what) => return Err(CompileError::unsupported(what, s.range)),
        }
        Ok(())
    }

    fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> Result<(), CompileError> {
        let handler_l = self.b().new_label();
        let else_l = self.b().new_label();
        let end = self.b().new_label();
        self.b().emit(Instr::SetupExcept(handler_l.0));
        self.unit().blocks.push(Block::Try);
        self.stmts(body)?;
        self.unit().blocks.pop();
        self.b().emit(Instr::PopBlock);
        self.b().emit(Instr::Jump(else_l.0));
        self.b().place(handler_l);
        for h in handlers {
            let saved = self.set_range(h.range);
            let next = self.b().new_label();
            if let Some(t) = &h.typ {
                self.expr(t)?;
                self.b().emit(Instr::JumpIfNotExcMatch(next.0));
            }
            self.b().mark_line();
            self.b().emit(Instr::BeginHandler);
            if let Some(n) = &h.name {
                self.b().emit(Instr::Dup);
                self.store_name(&n.name);
            }
            self.unit().blocks.push(Block::Handler);
            self.stmts(&h.body)?;
            self.unit().blocks.pop();
            self.b().emit(Instr::PopExcept);
            if let Some(n) = &h.name {
                // `except E as e` unbinds `e` at the end of the clause.
                self.load_const(Value::None);
                self.store_name(&n.name);
                self.delete_name(&n.name);
            }
            self.b().emit(Instr::Pop);
            self.b().emit(Instr::Jump(end.0));
            self.b().place(next);
            self.set_range(saved);
            if h.typ.is_none() {
                break;
            }
        }
        self.b().emit(Instr::Reraise);
        self.b().place(else_l);
        self.stmts(orelse)?;
        self.b().place(end);
        Ok(())
    }

    fn with_items(&mut self, items: &'a [WithItem], body: &'a [Stmt]) -> Result<(), CompileError> {
        let Some((first, rest)) = items.split_first() else { return self.stmts(body) };
        let handler = self.b().new_label();
        let suppress = self.b().new_label();
        let end = self.b().new_label();
        self.expr(&first.context)?;
        self.b().emit(Instr::BeforeWith);
        match &first.target {
            Some(t) => self.store_target(t)?,
            None => self.b().emit(Instr::Pop),
        }
        self.b().emit(Instr::SetupFinally(handler.0));
        self.unit().blocks.push(Block::With);
        self.with_items(rest, body)?;
        self.unit().blocks.pop();
        self.b().emit(Instr::PopBlock);
        self.b().emit(Instr::WithExitNormal);
        self.b().emit(Instr::Pop);
        self.b().emit(Instr::Jump(end.0));
        // [exit, exc] -> [exc, exit(type, exc, tb)]
        self.b().place(handler);
        self.b().emit(Instr::BeginHandler);
        self.b().emit(Instr::WithExceptStart);
        self.b().emit(Instr::PopJumpIfTrue(suppress.0));
        self.b().emit(Instr::PopExcept);
        self.b().emit(Instr::Reraise);
        self.b().place(suppress);
        self.b().emit(Instr::PopExcept);
        self.b().emit(Instr::Pop);
        self.b().place(end);
        Ok(())
    }

    pub(super) fn store_target(&mut self, t: &'a Expr) -> Result<(), CompileError> {
        match &t.kind {
            ExprKind::Name(n) => self.store_name(n),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.b().name(&attr.name);
                self.b().emit(Instr::StoreAttr(i));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
                self.b().emit(Instr::StoreSubscript);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let star = items.iter().position(|e| matches!(e.kind, ExprKind::Starred(_)));
                match star {
                    None => self.b().emit(Instr::UnpackSequence(items.len() as u32)),
                    Some(pos) => {
                        if items.iter().filter(|e| matches!(e.kind, ExprKind::Starred(_))).count() > 1 {
                            return Err(CompileError::syntax("multiple starred expressions in assignment", t.range));
                        }
                        let after = items.len() - pos - 1;
                        self.b().emit(Instr::UnpackEx { before: pos as u16, after: after as u16 });
                    }
                }
                for item in items {
                    match &item.kind {
                        ExprKind::Starred(inner) => self.store_target(inner)?,
                        _ => self.store_target(item)?,
                    }
                }
            }
            ExprKind::Starred(_) => {
                return Err(CompileError::syntax("starred assignment target must be in a list or tuple", t.range))
            }
            _ => return Err(CompileError::syntax("cannot assign to expression", t.range)),
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a Expr) -> Result<(), CompileError> {
        match &t.kind {
            ExprKind::Name(n) => self.delete_name(n),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.b().name(&attr.name);
                self.b().emit(Instr::DeleteAttr(i));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
                self.b().emit(Instr::DeleteSubscript);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.delete_target(i)?;
                }
            }
            _ => return Err(CompileError::syntax("cannot delete expression", t.range)),
        }
        Ok(())
    }

    fn aug_assign(&mut self, target: &'a Expr, op: BinOp, value: &'a Expr) -> Result<(), CompileError> {
        match &target.kind {
            ExprKind::Name(n) => {
                self.load_name(n);
                self.expr(value)?;
                self.b().emit(Instr::Inplace(op));
                self.store_name(n);
            }
            ExprKind::Attribute { value: obj, attr } => {
                self.expr(obj)?;
                self.b().emit(Instr::Dup);
                let i = self.b().name(&attr.name);
                self.b().emit(Instr::LoadAttr(i));
                self.expr(value)?;
                self.b().emit(Instr::Inplace(op));
                self.b().emit(Instr::Rot2);
                self.b().emit(Instr::StoreAttr(i));
            }
            ExprKind::Subscript { value: obj, index } => {
                self.expr(obj)?;
                self.expr(index)?;
                self.b().emit(Instr::Dup2);
                self.b().emit(Instr::Subscript);
                self.expr(value)?;
                self.b().emit(Instr::Inplace(op));
                self.b().emit(Instr::Rot3);
                self.b().emit(Instr::StoreSubscript);
            }
            _ => {
                return Err(CompileError::syntax(
                    "'expression' is an illegal expression for augmented assignment",
                    target.range,
                ))
            }
        }
        Ok(())
    }

    fn function_def(&mut self, f: &'a FunctionDef) -> Result<(), CompileError> {
        if f.is_async {
            return Err(CompileError::unsupported("`async def`", f.range));
        }
        for d in &f.decorators {
            self.expr(d)?;
        }
        let scope_idx = self.scope_of(f.range, KEY_FUNCTION)?;
        let qualname = self.qualname_for(&f.name.name);
        self.push_unit(scope_idx, f.range, qualname.clone());
        for s in &f.body {
            self.stmt(s)?;
        }
        self.b().emit_none_return();
        let is_gen = self.scopes.scopes[scope_idx].is_generator;
        let mut code = self.pop_unit(f.name.name.clone(), qualname, Self::params_of(&f.params), is_gen);
        if let Some(Stmt { kind: StmtKind::Expr(e), .. }) = f.body.first() {
            if let ExprKind::Constant(Constant::Str(doc)) = &e.kind {
                code.doc = Some(doc.clone());
            }
        }
        self.make_function(code, Some(&f.params))?;
        if f.returns.is_some() || Self::params_of_annotated(&f.params) {
            self.annotate_function(&f.params, f.returns.as_ref())?;
        }
        for _ in &f.decorators {
            self.b().emit(Instr::Call(1));
        }
        self.store_name(&f.name.name);
        Ok(())
    }

    fn params_of_annotated(p: &'a ast::Parameters) -> bool {
        Self::all_params(p).any(|a| a.annotation.is_some())
    }

    fn all_params(p: &'a ast::Parameters) -> impl Iterator<Item = &'a Param> {
        p.posonly.iter().chain(&p.args).chain(&p.vararg).chain(&p.kwonly).chain(&p.kwarg)
    }

    /// With the new function on the stack: evaluates its annotations, as CPython does when
    /// `def` runs, into its `__annotations__`.
    fn annotate_function(&mut self, p: &'a ast::Parameters, returns: Option<&'a Expr>) -> Result<(), CompileError> {
        self.b().emit(Instr::Dup);
        let mut n = 0;
        let annotated = Self::all_params(p).filter_map(|a| a.annotation.as_ref().map(|t| (a.name.name.clone(), t)));
        let returned = returns.map(|t| (Rc::from("return"), t));
        for (name, annotation) in annotated.chain(returned) {
            self.load_const(Value::Str(name));
            self.expr(annotation)?;
            n += 1;
        }
        self.b().emit(Instr::BuildDict(n));
        self.b().emit(Instr::Rot2);
        let i = self.b().name(&Rc::from("__annotations__"));
        self.b().emit(Instr::StoreAttr(i));
        Ok(())
    }

    /// An empty `__annotations__` dict for a class or module body that annotates names.
    pub(super) fn setup_annotations(&mut self, body: &[Stmt]) {
        let annotates = body
            .iter()
            .any(|s| matches!(&s.kind, StmtKind::AnnAssign { target, .. } if matches!(target.kind, ExprKind::Name(_))));
        if annotates {
            self.b().emit(Instr::BuildDict(0));
            self.store_name(&Rc::from("__annotations__"));
        }
    }

    fn class_def(&mut self, c: &'a ClassDef) -> Result<(), CompileError> {
        if let Some(k) = c.keywords.first() {
            return Err(CompileError::unsupported("class keywords (such as `metaclass=`)", k.value.range));
        }
        for d in &c.decorators {
            self.expr(d)?;
        }
        self.b().emit(Instr::LoadBuildClass);
        let scope_idx = self.scope_of(c.range, KEY_CLASS)?;
        let qualname = self.qualname_for(&c.name.name);
        self.push_unit(scope_idx, c.range, qualname.clone());
        let module_name: Rc<str> = Rc::from("__name__");
        self.load_name(&module_name);
        self.store_name(&Rc::from("__module__"));
        self.load_const(Value::Str(qualname.clone()));
        self.store_name(&Rc::from("__qualname__"));
        self.setup_annotations(&c.body);
        for s in &c.body {
            self.stmt(s)?;
        }
        if let Some(i) = self.b().deref_index("__class__") {
            if self.b().cellvars.contains("__class__") {
                self.b().emit(Instr::LoadClosure(i));
                self.store_name(&Rc::from("__classcell__"));
            }
        }
        self.b().emit_none_return();
        let code = self.pop_unit(c.name.name.clone(), qualname, ParamCounts::default(), false);
        self.make_function(code, None)?;
        self.load_const(Value::Str(c.name.name.clone()));
        for base in &c.bases {
            self.expr(base)?;
        }
        self.b().emit(Instr::Call(2 + c.bases.len() as u32));
        for _ in &c.decorators {
            self.b().emit(Instr::Call(1));
        }
        self.store_name(&c.name.name);
        Ok(())
    }
}
