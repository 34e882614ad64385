//! The symbol pass: for every module, class, function, lambda and comprehension body, which names
//! are fast locals, which are cells shared with inner functions, which are free (captured from an
//! enclosing function) and which are global.

use crate::engine::source::TextRange;
use crate::engine::syntax::ast::*;
use indexmap::IndexSet;
use std::collections::HashMap;
use std::rc::Rc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
}

/// What the symbol pass found for one scope.
#[derive(Debug, Default)]
pub struct Scope {
    pub kind_is_class: bool,
    pub kind_is_module: bool,
    pub parent: Option<usize>,
    /// Parameters, in order.
    pub params: Vec<Rc<str>>,
    /// Names bound in this scope (parameters included).
    pub assigned: IndexSet<Rc<str>>,
    /// Names read in this scope.
    pub referenced: IndexSet<Rc<str>>,
    pub globals: IndexSet<Rc<str>>,
    pub nonlocals: IndexSet<Rc<str>>,
    /// Resolved: locals captured by inner scopes.
    pub cells: IndexSet<Rc<str>>,
    /// Resolved: names captured from enclosing functions.
    pub frees: IndexSet<Rc<str>>,
    pub is_generator: bool,
    /// The body calls `super()` with no arguments (needs the `__class__` cell).
    pub uses_super: bool,
}

impl Scope {
    pub fn kind(&self) -> ScopeKind {
        if self.kind_is_module {
            ScopeKind::Module
        } else if self.kind_is_class {
            ScopeKind::Class
        } else {
            ScopeKind::Function
        }
    }

    /// Whether `name` is a fast local of this function scope.
    pub fn is_local(&self, name: &str) -> bool {
        self.assigned.contains(name) && !self.globals.contains(name) && !self.nonlocals.contains(name)
    }
}

/// Scopes of a whole module, found by the range of the node that opens them.
pub struct ScopeTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<(u32, u32, u8), usize>,
}

/// Node kinds that open a scope (part of the lookup key, since a lambda and its body may share a range).
pub const KEY_FUNCTION: u8 = 0;
pub const KEY_CLASS: u8 = 1;
pub const KEY_LAMBDA: u8 = 2;
pub const KEY_COMPREHENSION: u8 = 3;

impl ScopeTable {
    pub fn get(&self, range: TextRange, kind: u8) -> Option<usize> {
        self.by_node.get(&(range.start, range.end, kind)).copied()
    }
}

/// An error found by the symbol pass (a name declared global after use, nonlocal at module level...).
pub struct ScopeError {
    pub message: String,
    pub range: TextRange,
}

pub fn analyze(module: &Module) -> Result<ScopeTable, ScopeError> {
    let mut b = Builder { scopes: Vec::new(), by_node: HashMap::new(), current: 0 };
    b.scopes.push(Scope { kind_is_module: true, ..Default::default() });
    b.stmts(&module.body)?;
    let mut table = ScopeTable { scopes: b.scopes, by_node: b.by_node };
    resolve(&mut table);
    Ok(table)
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<(u32, u32, u8), usize>,
    current: usize,
}

impl Builder {
    fn cur(&mut self) -> &mut Scope {
        &mut self.scopes[self.current]
    }

    fn enter(&mut self, key: (u32, u32, u8), scope: Scope) -> usize {
        let idx = self.scopes.len();
        let mut scope = scope;
        scope.parent = Some(self.current);
        self.scopes.push(scope);
        self.by_node.insert(key, idx);
        let prev = self.current;
        self.current = idx;
        prev
    }

    fn bind(&mut self, name: &Rc<str>) {
        self.cur().assigned.insert(name.clone());
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), ScopeError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), ScopeError> {
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for t in targets {
                    self.target(t)?;
                }
                Ok(())
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value)?;
                if let ExprKind::Name(n) = &target.kind {
                    self.cur().referenced.insert(n.clone());
                }
                self.target(target)
            }
            StmtKind::AnnAssign { target, value, .. } => {
                if let Some(v) = value {
                    self.expr(v)?;
                    self.target(target)?;
                } else if let ExprKind::Name(n) = &target.kind {
                    self.bind(n);
                }
                Ok(())
            }
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue | StmtKind::Match | StmtKind::Unsupported(_) => {
                Ok(())
            }
            StmtKind::Return(v) => v.as_ref().map_or(Ok(()), |v| self.expr(v)),
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)
            }
            StmtKind::For { target, iter, body, orelse, .. } => {
                self.expr(iter)?;
                self.target(target)?;
                self.stmts(body)?;
                self.stmts(orelse)
            }
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d)?;
                }
                self.param_defaults(&f.params)?;
                self.bind(&f.name.name);
                let prev = self.enter((f.range.start, f.range.end, KEY_FUNCTION), Scope::default());
                self.params(&f.params);
                self.stmts(&f.body)?;
                self.current = prev;
                Ok(())
            }
            StmtKind::ClassDef(c) => {
                for d in &c.decorators {
                    self.expr(d)?;
                }
                for b in &c.bases {
                    self.expr(b)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                self.bind(&c.name.name);
                let prev = self.enter(
                    (c.range.start, c.range.end, KEY_CLASS),
                    Scope { kind_is_class: true, ..Default::default() },
                );
                self.stmts(&c.body)?;
                self.current = prev;
                Ok(())
            }
            StmtKind::Try { body, handlers, orelse, finalbody, .. } => {
                self.stmts(body)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.bind(&n.name);
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                }
                if let Some(c) = cause {
                    self.expr(c)?;
                }
                Ok(())
            }
            StmtKind::Global(names) => {
                for n in names {
                    let scope = self.cur();
                    if scope.assigned.contains(&n.name) || scope.referenced.contains(&n.name) {
                        let what = if scope.assigned.contains(&n.name) { "assigned to" } else { "used" };
                        return Err(ScopeError {
                            message: format!("name '{}' is {} before global declaration", n.name, what),
                            range: n.range,
                        });
                    }
                    scope.globals.insert(n.name.clone());
                }
                Ok(())
            }
            StmtKind::Nonlocal(names) => {
                for n in names {
                    if self.cur().kind_is_module {
                        return Err(ScopeError {
                            message: "nonlocal declaration not allowed at module level".into(),
                            range: s.range,
                        });
                    }
                    self.cur().nonlocals.insert(n.name.clone());
                }
                Ok(())
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let bound = match &a.asname {
                        Some(n) => n.name.clone(),
                        None => Rc::from(a.name.name.split('.').next().unwrap_or("")),
                    };
                    self.bind(&bound);
                }
                Ok(())
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    let bound = a.asname.as_ref().unwrap_or(&a.name).name.clone();
                    if &*bound != "*" {
                        self.bind(&bound);
                    }
                }
                Ok(())
            }
            StmtKind::With { items, body, .. } => {
                for item in items {
                    self.expr(&item.context)?;
                    if let Some(t) = &item.target {
                        self.target(t)?;
                    }
                }
                self.stmts(body)
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                msg.as_ref().map_or(Ok(()), |m| self.expr(m))
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.target(t)?;
                }
                Ok(())
            }
        }
    }

    fn param_defaults(&mut self, p: &Parameters) -> Result<(), ScopeError> {
        for param in p.posonly.iter().chain(&p.args).chain(&p.kwonly) {
            if let Some(d) = &param.default {
                self.expr(d)?;
            }
        }
        Ok(())
    }

    fn params(&mut self, p: &Parameters) {
        let mut names = Vec::new();
        for param in p.posonly.iter().chain(&p.args) {
            names.push(param.name.name.clone());
        }
        if let Some(v) = &p.vararg {
            names.push(v.name.name.clone());
        }
        for param in &p.kwonly {
            names.push(param.name.name.clone());
        }
        if let Some(k) = &p.kwarg {
            names.push(k.name.name.clone());
        }
        for n in &names {
            self.bind(n);
        }
        self.cur().params = names;
    }

    /// A binding target: names are bound, other parts are evaluated.
    fn target(&mut self, t: &Expr) -> Result<(), ScopeError> {
        match &t.kind {
            ExprKind::Name(n) => {
                self.bind(n);
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.target(i)?;
                }
                Ok(())
            }
            ExprKind::Starred(inner) => self.target(inner),
            _ => self.expr(t),
        }
    }

    fn expr(&mut self, e: &Expr) -> Result<(), ScopeError> {
        match &e.kind {
            ExprKind::Name(n) => {
                self.cur().referenced.insert(n.clone());
                Ok(())
            }
            ExprKind::Constant(_) => Ok(()),
            ExprKind::FString(parts) => self.fstring(parts),
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::BoolOp { values, .. } => values.iter().try_for_each(|v| self.expr(v)),
            ExprKind::Compare { left, ops } => {
                self.expr(left)?;
                ops.iter().try_for_each(|(_, v)| self.expr(v))
            }
            ExprKind::Call { func, args, keywords } => {
                if let ExprKind::Name(n) = &func.kind {
                    if &**n == "super" && args.is_empty() && keywords.is_empty() {
                        self.cur().uses_super = true;
                    }
                }
                self.expr(func)?;
                args.iter().try_for_each(|a| self.expr(a))?;
                keywords.iter().try_for_each(|k| self.expr(&k.value))
            }
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.expr(part)?;
                }
                Ok(())
            }
            ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => {
                items.iter().try_for_each(|i| self.expr(i))
            }
            ExprKind::Dict(pairs) => {
                for (k, v) in pairs {
                    if let Some(k) = k {
                        self.expr(k)?;
                    }
                    self.expr(v)?;
                }
                Ok(())
            }
            ExprKind::Starred(inner) => self.expr(inner),
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)
            }
            ExprKind::Lambda { params, body } => {
                self.param_defaults(params)?;
                let prev = self.enter((e.range.start, e.range.end, KEY_LAMBDA), Scope::default());
                self.params(params);
                self.expr(body)?;
                self.current = prev;
                Ok(())
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, generators, &[elt], matches!(e.kind, ExprKind::GeneratorExp { .. }))
            }
            ExprKind::DictComp { key, value, generators } => self.comprehension(e, generators, &[key, value], false),
            ExprKind::Yield(v) => {
                self.cur().is_generator = true;
                v.as_ref().map_or(Ok(()), |v| self.expr(v))
            }
            ExprKind::YieldFrom(v) => {
                self.cur().is_generator = true;
                self.expr(v)
            }
            ExprKind::Await(v) => self.expr(v),
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                // In a comprehension, `:=` binds in the enclosing function.
                let mut idx = self.current;
                while self.is_comprehension(idx) {
                    idx = self.scopes[idx].parent.unwrap_or(0);
                }
                if let ExprKind::Name(n) = &target.kind {
                    self.scopes[idx].assigned.insert(n.clone());
                    if idx != self.current {
                        self.scopes[self.current].nonlocals.insert(n.clone());
                        self.scopes[self.current].referenced.insert(n.clone());
                    }
                }
                Ok(())
            }
        }
    }

    fn is_comprehension(&self, idx: usize) -> bool {
        self.by_node.iter().any(|(k, v)| *v == idx && k.2 == KEY_COMPREHENSION)
    }

    fn fstring(&mut self, parts: &[FStringPart]) -> Result<(), ScopeError> {
        for p in parts {
            if let FStringPart::Expr { expr, spec, .. } = p {
                self.expr(expr)?;
                if let Some(spec) = spec {
                    self.fstring(spec)?;
                }
            }
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        e: &Expr,
        generators: &[Comprehension],
        elts: &[&Expr],
        is_gen: bool,
    ) -> Result<(), ScopeError> {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(first) = generators.first() {
            self.expr(&first.iter)?;
        }
        let prev = self.enter(
            (e.range.start, e.range.end, KEY_COMPREHENSION),
            Scope { is_generator: is_gen, ..Default::default() },
        );
        let dot0: Rc<str> = Rc::from(".0");
        self.bind(&dot0);
        self.cur().params = vec![dot0];
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.target(&g.target)?;
            for cond in &g.ifs {
                self.expr(cond)?;
            }
        }
        for elt in elts {
            self.expr(elt)?;
        }
        self.current = prev;
        Ok(())
    }
}

/// Decides free and cell variables once every scope's bindings are known.
fn resolve(table: &mut ScopeTable) {
    let n = table.scopes.len();
    // Methods using zero-argument super() capture `__class__` from their class.
    for i in 0..n {
        if table.scopes[i].uses_super && table.scopes[i].kind() == ScopeKind::Function {
            table.scopes[i].referenced.insert(Rc::from("__class__"));
        }
    }
    for i in 0..n {
        if table.scopes[i].kind() == ScopeKind::Module {
            continue;
        }
        let mut wanted: Vec<Rc<str>> = Vec::new();
        {
            let s = &table.scopes[i];
            for name in s.referenced.iter().chain(s.nonlocals.iter()) {
                let local = s.kind() == ScopeKind::Function && s.is_local(name);
                let class_local = s.kind() == ScopeKind::Class && s.assigned.contains(name);
                if !local && !class_local && !s.globals.contains(name) {
                    wanted.push(name.clone());
                }
            }
        }
        for name in wanted {
            // Walk enclosing scopes, skipping classes (except `__class__`, which a class provides).
            let mut path = vec![i];
            let mut p = table.scopes[i].parent;
            let mut found = None;
            while let Some(pi) = p {
                let ps = &table.scopes[pi];
                match ps.kind() {
                    ScopeKind::Module => break,
                    ScopeKind::Class => {
                        if &*name == "__class__" {
                            found = Some(pi);
                            break;
                        }
                    }
                    ScopeKind::Function => {
                        if ps.is_local(&name) || ps.frees.contains(&name) || ps.cells.contains(&name) {
                            found = Some(pi);
                            break;
                        }
                        if ps.globals.contains(&name) {
                            break;
                        }
                    }
                }
                path.push(pi);
                p = ps.parent;
            }
            if let Some(owner) = found {
                let owner_scope = &mut table.scopes[owner];
                if owner_scope.kind() == ScopeKind::Class || owner_scope.is_local(&name) {
                    owner_scope.cells.insert(name.clone());
                }
                for &k in &path {
                    if table.scopes[k].kind() == ScopeKind::Class && k != i {
                        continue;
                    }
                    table.scopes[k].frees.insert(name.clone());
                }
            }
        }
    }
}
