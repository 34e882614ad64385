//! Code generation for expressions: operators, calls, displays, f-strings, lambdas and
//! comprehensions (compiled as nested functions, as CPython 3.11 does).

use super::scope::{KEY_COMPREHENSION, KEY_LAMBDA};
use super::{CompileError, Compiler, Instr};
use crate::engine::syntax::ast::*;
use crate::engine::value::Value;
use std::rc::Rc;

impl<'a> Compiler<'a> {
    pub(super) fn expr(&mut self, e: &'a Expr) -> Result<(), CompileError> {
        let saved = self.set_range(e.range);
        let r = self.expr_inner(e);
        self.set_range(saved);
        r
    }

    fn expr_inner(&mut self, e: &'a Expr) -> Result<(), CompileError> {
        match &e.kind {
            ExprKind::Name(n) => self.load_name(n),
            ExprKind::Constant(c) => {
                let v = match c {
                    Constant::None => Value::None,
                    Constant::True => Value::Bool(true),
                    Constant::False => Value::Bool(false),
                    Constant::Ellipsis => Value::Ellipsis,
                    Constant::Int(i) => Value::Int(*i),
                    Constant::BigInt(b) => Value::from_bigint(b.clone()),
                    Constant::Float(f) => Value::Float(*f),
                    Constant::Str(s) => Value::Str(s.clone()),
                    Constant::Complex(_) => return Err(CompileError::unsupported("complex numbers", e.range)),
                    Constant::Bytes(_) => return Err(CompileError::unsupported("bytes", e.range)),
                };
                self.load_const(v);
            }
            ExprKind::FString(parts) => self.fstring(parts)?,
            ExprKind::BinOp { left, op, right } => {
                if *op == BinOp::MatMult {
                    return Err(CompileError::unsupported("the `@` operator", e.range));
                }
                self.expr(left)?;
                self.expr(right)?;
                self.b().emit(Instr::Binary(*op));
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand)?;
                self.b().emit(Instr::Unary(*op));
            }
            ExprKind::BoolOp { op, values } => {
                let end = self.b().new_label();
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < values.len() {
                        let ins = match op {
                            BoolOp::And => Instr::JumpIfFalseOrPop(end.0),
                            BoolOp::Or => Instr::JumpIfTrueOrPop(end.0),
                        };
                        self.b().emit(ins);
                    }
                }
                self.b().place(end);
            }
            ExprKind::Compare { left, ops } => {
                self.expr(left)?;
                if ops.len() == 1 {
                    self.expr(&ops[0].1)?;
                    self.b().emit(Instr::Compare(ops[0].0));
                } else {
                    let cleanup = self.b().new_label();
                    let end = self.b().new_label();
                    for (i, (op, right)) in ops.iter().enumerate() {
                        self.expr(right)?;
                        if i + 1 < ops.len() {
                            self.b().emit(Instr::Dup);
                            self.b().emit(Instr::Rot3);
                            self.b().emit(Instr::Compare(*op));
                            self.b().emit(Instr::JumpIfFalseOrPop(cleanup.0));
                        } else {
                            self.b().emit(Instr::Compare(*op));
                        }
                    }
                    self.b().emit(Instr::Jump(end.0));
                    self.b().place(cleanup);
                    self.b().emit(Instr::Rot2);
                    self.b().emit(Instr::Pop);
                    self.b().place(end);
                }
            }
            ExprKind::Call { func, args, keywords } => self.call(func, args, keywords)?,
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.b().name(&attr.name);
                self.b().emit(Instr::LoadAttr(i));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
                self.b().emit(Instr::Subscript);
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => self.load_const(Value::None),
                    }
                }
                match step {
                    Some(s) => {
                        self.expr(s)?;
                        self.b().emit(Instr::BuildSlice(3));
                    }
                    None => self.b().emit(Instr::BuildSlice(2)),
                }
            }
            ExprKind::List(items) => self.sequence(items, Instr::BuildList, false)?,
            ExprKind::Tuple(items) => self.sequence(items, Instr::BuildTuple, true)?,
            ExprKind::Set(items) => {
                if items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_))) {
                    self.b().emit(Instr::BuildSet(0));
                    for item in items {
                        match &item.kind {
                            ExprKind::Starred(inner) => {
                                self.expr(inner)?;
                                self.b().emit(Instr::SetUpdate);
                            }
                            _ => {
                                self.expr(item)?;
                                self.b().emit(Instr::SetAdd(1));
                            }
                        }
                    }
                } else {
                    for item in items {
                        self.expr(item)?;
                    }
                    self.b().emit(Instr::BuildSet(items.len() as u32));
                }
            }
            ExprKind::Dict(pairs) => {
                if pairs.iter().any(|(k, _)| k.is_none()) {
                    self.b().emit(Instr::BuildDict(0));
                    for (k, v) in pairs {
                        match k {
                            Some(k) => {
                                self.expr(k)?;
                                self.expr(v)?;
                                self.b().emit(Instr::DictInsert(1));
                            }
                            None => {
                                self.expr(v)?;
                                self.b().emit(Instr::DictUpdate);
                            }
                        }
                    }
                } else {
                    for (k, v) in pairs {
                        if let Some(k) = k {
                            self.expr(k)?;
                        }
                        self.expr(v)?;
                    }
                    self.b().emit(Instr::BuildDict(pairs.len() as u32));
                }
            }
            ExprKind::Starred(_) => {
                return Err(CompileError::syntax("can't use starred expression here", e.range));
            }
            ExprKind::IfExp { test, body, orelse } => {
                let else_l = self.b().new_label();
                let end = self.b().new_label();
                self.expr(test)?;
                self.b().emit(Instr::PopJumpIfFalse(else_l.0));
                self.expr(body)?;
                self.b().emit(Instr::Jump(end.0));
                self.b().place(else_l);
                self.expr(orelse)?;
                self.b().place(end);
            }
            ExprKind::Lambda { params, body } => {
                let scope_idx = self.scope_of(e.range, KEY_LAMBDA)?;
                let qualname = self.qualname_for("<lambda>");
                self.push_unit(scope_idx, e.range, qualname.clone());
                self.expr(body)?;
                self.b().emit(Instr::Return);
                let is_gen = self.scopes.scopes[scope_idx].is_generator;
                let code = self.pop_unit(Rc::from("<lambda>"), qualname, Self::params_of(params), is_gen);
                self.make_function(code, Some(params))?;
            }
            ExprKind::ListComp { elt, generators } => self.comprehension(e, generators, CompKind::List(elt))?,
            ExprKind::SetComp { elt, generators } => self.comprehension(e, generators, CompKind::Set(elt))?,
            ExprKind::DictComp { key, value, generators } => {
                self.comprehension(e, generators, CompKind::Dict(key, value))?
            }
            ExprKind::GeneratorExp { elt, generators } => self.comprehension(e, generators, CompKind::Gen(elt))?,
            ExprKind::Yield(v) => {
                if self.scope().kind() != super::ScopeKind::Function {
                    return Err(CompileError::syntax("'yield' outside function", e.range));
                }
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                self.b().emit(Instr::YieldValue);
            }
            ExprKind::YieldFrom(v) => {
                if self.scope().kind() != super::ScopeKind::Function {
                    return Err(CompileError::syntax("'yield' outside function", e.range));
                }
                // Re-yield each item of the inner iterator; its return value is the result.
                // (Values sent in are not passed on: threadplay's generators take no `send`.)
                self.expr(v)?;
                self.b().emit(Instr::GetIter);
                let top = self.b().new_label();
                let done = self.b().new_label();
                self.b().place(top);
                self.b().emit(Instr::ForIter(done.0));
                self.b().emit(Instr::YieldValue);
                self.b().emit(Instr::Pop);
                self.b().emit(Instr::Jump(top.0));
                self.b().place(done);
                self.b().emit(Instr::LoadGenReturn);
            }
            ExprKind::Await(_) => return Err(CompileError::unsupported("`await`", e.range)),
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.b().emit(Instr::Dup);
                self.store_target(target)?;
            }
        }
        Ok(())
    }

    /// A list or tuple display, with `*x` items unpacked.
    fn sequence(&mut self, items: &'a [Expr], build: fn(u32) -> Instr, tuple: bool) -> Result<(), CompileError> {
        if items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_))) {
            self.b().emit(Instr::BuildList(0));
            for item in items {
                match &item.kind {
                    ExprKind::Starred(inner) => {
                        self.expr(inner)?;
                        self.b().emit(Instr::ListExtend);
                    }
                    _ => {
                        self.expr(item)?;
                        self.b().emit(Instr::ListAppend(1));
                    }
                }
            }
            if tuple {
                self.b().emit(Instr::ListToTuple);
            }
        } else {
            for item in items {
                self.expr(item)?;
            }
            self.b().emit(build(items.len() as u32));
        }
        Ok(())
    }

    fn call(&mut self, func: &'a Expr, args: &'a [Expr], keywords: &'a [Keyword]) -> Result<(), CompileError> {
        // Zero-argument super() inside a method: super(__class__, <first argument>).
        if let ExprKind::Name(n) = &func.kind {
            if &**n == "super" && args.is_empty() && keywords.is_empty() {
                let first_param = self.scope().params.first().cloned();
                if let (Some(cell), Some(first)) = (self.b().deref_index("__class__"), first_param) {
                    self.load_name(n);
                    self.b().emit(Instr::LoadDeref(cell));
                    self.load_name(&first);
                    self.b().emit(Instr::Call(2));
                    return Ok(());
                }
            }
        }
        self.expr(func)?;
        let has_star = args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)));
        let has_dstar = keywords.iter().any(|k| k.arg.is_none());
        if has_star || has_dstar {
            match args {
                // `f(*xs)` passes `xs` itself, so that a non-iterable is the call's error (CPython's
                // "f() argument after * must be an iterable").
                [Expr { kind: ExprKind::Starred(inner), .. }] => self.expr(inner)?,
                _ => self.sequence(args, Instr::BuildTuple, true)?,
            }
            if keywords.is_empty() {
                self.b().emit(Instr::CallEx { kwargs: false });
            } else {
                self.b().emit(Instr::BuildDict(0));
                for k in keywords {
                    match &k.arg {
                        Some(name) => {
                            self.load_const(Value::Str(name.name.clone()));
                            self.expr(&k.value)?;
                            self.b().emit(Instr::DictInsert(1));
                        }
                        None => {
                            self.expr(&k.value)?;
                            self.b().emit(Instr::DictMerge);
                        }
                    }
                }
                self.b().emit(Instr::CallEx { kwargs: true });
            }
            return Ok(());
        }
        for a in args {
            self.expr(a)?;
        }
        if keywords.is_empty() {
            self.b().emit(Instr::Call(args.len() as u32));
        } else {
            let mut names = Vec::new();
            for k in keywords {
                self.expr(&k.value)?;
                if let Some(n) = &k.arg {
                    if names.iter().any(|v: &Value| matches!(v, Value::Str(s) if s == &n.name)) {
                        return Err(CompileError::syntax(
                            format!("keyword argument repeated: {}", n.name),
                            k.value.range,
                        ));
                    }
                    names.push(Value::Str(n.name.clone()));
                }
            }
            self.load_const(Value::tuple(names));
            self.b().emit(Instr::CallKw((args.len() + keywords.len()) as u32));
        }
        Ok(())
    }

    fn fstring(&mut self, parts: &'a [FStringPart]) -> Result<(), CompileError> {
        let mut n = 0;
        for p in parts {
            match p {
                FStringPart::Literal(s) => {
                    self.load_const(Value::str(s));
                }
                FStringPart::Expr { expr, conversion, spec, debug_text } => {
                    if let Some(d) = debug_text {
                        self.load_const(Value::str(d));
                        n += 1;
                    }
                    self.expr(expr)?;
                    let conv = match conversion {
                        None => 0,
                        Some('s') => 1,
                        Some('r') => 2,
                        Some(_) => 3,
                    };
                    if let Some(spec) = spec {
                        self.fstring(spec)?;
                    }
                    self.b().emit(Instr::FormatValue { conversion: conv, spec: spec.is_some() });
                }
            }
            n += 1;
        }
        if n != 1 {
            self.b().emit(Instr::BuildString(n));
        } else if matches!(parts.first(), Some(FStringPart::Literal(_))) {
            // A lone literal is already a str.
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        e: &'a Expr,
        generators: &'a [Comprehension],
        kind: CompKind<'a>,
    ) -> Result<(), CompileError> {
        let Some(first) = generators.first() else {
            return Err(CompileError::syntax("invalid syntax", e.range));
        };
        if generators.iter().any(|g| g.is_async) {
            return Err(CompileError::unsupported("asynchronous comprehensions", e.range));
        }
        let scope_idx = self.scope_of(e.range, KEY_COMPREHENSION)?;
        let name: &str = match kind {
            CompKind::List(_) => "<listcomp>",
            CompKind::Set(_) => "<setcomp>",
            CompKind::Dict(..) => "<dictcomp>",
            CompKind::Gen(_) => "<genexpr>",
        };
        let qualname = self.qualname_for(name);
        self.push_unit(scope_idx, e.range, qualname.clone());
        let is_gen = matches!(kind, CompKind::Gen(_));
        match kind {
            CompKind::List(_) => self.b().emit(Instr::BuildList(0)),
            CompKind::Set(_) => self.b().emit(Instr::BuildSet(0)),
            CompKind::Dict(..) => self.b().emit(Instr::BuildDict(0)),
            CompKind::Gen(_) => {}
        }
        self.comp_loop(generators, 0, &kind)?;
        if is_gen {
            self.load_const(Value::None);
        }
        self.b().emit(Instr::Return);
        let params = super::builder::ParamCounts { argcount: 1, ..Default::default() };
        let code = self.pop_unit(Rc::from(name), qualname, params, is_gen);
        self.make_function(code, None)?;
        self.expr(&first.iter)?;
        self.b().emit(Instr::GetIter);
        self.b().emit(Instr::Call(1));
        Ok(())
    }

    fn comp_loop(
        &mut self,
        generators: &'a [Comprehension],
        i: usize,
        kind: &CompKind<'a>,
    ) -> Result<(), CompileError> {
        let g = &generators[i];
        let top = self.b().new_label();
        let end = self.b().new_label();
        if i == 0 {
            self.b().emit(Instr::LoadFast(0));
        } else {
            self.expr(&g.iter)?;
            self.b().emit(Instr::GetIter);
        }
        self.b().place(top);
        self.b().emit(Instr::ForIter(end.0));
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.expr(cond)?;
            self.b().emit(Instr::PopJumpIfFalse(top.0));
        }
        if i + 1 < generators.len() {
            self.comp_loop(generators, i + 1, kind)?;
        } else {
            // Depth of the result container below the iterators of all loops.
            let depth = generators.len() as u32 + 1;
            match kind {
                CompKind::List(elt) => {
                    self.expr(elt)?;
                    self.b().emit(Instr::ListAppend(depth));
                }
                CompKind::Set(elt) => {
                    self.expr(elt)?;
                    self.b().emit(Instr::SetAdd(depth));
                }
                CompKind::Dict(k, v) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.b().emit(Instr::DictInsert(depth));
                }
                CompKind::Gen(elt) => {
                    self.expr(elt)?;
                    self.b().emit(Instr::YieldValue);
                    self.b().emit(Instr::Pop);
                }
            }
        }
        self.b().emit(Instr::Jump(top.0));
        self.b().place(end);
        Ok(())
    }
}

enum CompKind<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}
