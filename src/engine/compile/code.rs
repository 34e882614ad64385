//! Bytecode: the `Instr` set the VM runs and the `Code` objects the compiler makes, with the
//! pc → source-range table that gives runtime errors and steps their lines.

use crate::engine::source::TextRange;
use crate::engine::syntax::ast::{BinOp, CmpOp, UnaryOp};
use crate::engine::value::Value;
use std::rc::Rc;

/// One instruction. Stack effects are written `[before] -> [after]`, top of stack last.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Instr {
    /// `[] -> [consts[i]]`
    LoadConst(u32),
    /// `[] -> [local i]`; UnboundLocalError if unset.
    LoadFast(u32),
    /// `[v] -> []` into local i.
    StoreFast(u32),
    DeleteFast(u32),
    /// `[] -> [cell i]` value (cells: cellvars then freevars).
    LoadDeref(u32),
    StoreDeref(u32),
    /// `[] -> [the cell object i]`, for building closures.
    LoadClosure(u32),
    /// Module globals, then builtins: `[] -> [v]`.
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    /// Name lookup in a class body or module namespace (locals dict, then globals, then builtins).
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),
    /// `[obj] -> [obj.names[i]]`
    LoadAttr(u32),
    /// `[v, obj] -> []`: `obj.names[i] = v`
    StoreAttr(u32),
    /// `[obj] -> []`
    DeleteAttr(u32),
    /// `[obj, index] -> [obj[index]]`
    Subscript,
    /// `[v, obj, index] -> []`
    StoreSubscript,
    /// `[obj, index] -> []`
    DeleteSubscript,
    /// `[a, b] -> [a op b]`
    Binary(BinOp),
    /// `[a, b] -> [a op= b]` (tries `__iop__` first for instances, in-place for lists).
    Inplace(BinOp),
    /// `[a] -> [op a]`
    Unary(UnaryOp),
    /// `[a, b] -> [a op b]`
    Compare(CmpOp),
    /// `[a] -> []`
    Pop,
    /// `[a] -> [a, a]`
    Dup,
    /// `[a, b] -> [a, b, a, b]`
    Dup2,
    /// `[a, b] -> [b, a]`
    Rot2,
    /// `[a, b, c] -> [c, a, b]`
    Rot3,
    /// `[a, b, c, d] -> [d, a, b, c]`
    Rot4,
    /// `[x1..xn] -> [list]`
    BuildList(u32),
    BuildTuple(u32),
    BuildSet(u32),
    /// `[k1, v1, .. kn, vn] -> [dict]`
    BuildDict(u32),
    /// `[lower, upper] -> [slice]` (2) or `[lower, upper, step] -> [slice]` (3).
    BuildSlice(u32),
    /// `[s1..sn] -> [s1 + .. + sn]` (all str).
    BuildString(u32),
    /// `[list, .., v] -> [list, ..]`: appends v to the list `n` below the top (after popping v).
    ListAppend(u32),
    /// `[set, .., v] -> [set, ..]`
    SetAdd(u32),
    /// `[dict, .., k, v] -> [dict, ..]`
    DictInsert(u32),
    /// `[list, iterable] -> [list]`: extend (for `*x` in displays and calls).
    ListExtend,
    /// `[set, iterable] -> [set]`
    SetUpdate,
    /// `[dict, mapping] -> [dict]` (for `**x` in displays).
    DictUpdate,
    /// `[dict, mapping] -> [dict]` for `f(**x)`: duplicates are a TypeError.
    DictMerge,
    /// `[list] -> [tuple]`
    ListToTuple,
    /// `[v] -> [str]` with conversion 0 = none, 1 = `!s`, 2 = `!r`, 3 = `!a`; if `spec`,
    /// `[v, spec] -> [str]`.
    FormatValue {
        conversion: u8,
        spec: bool,
    },
    /// `[f, a1..an] -> [result]`
    Call(u32),
    /// `[f, a1..an, names_tuple] -> [result]`: the last `len(names)` arguments are keywords.
    CallKw(u32),
    /// `[f, args_tuple] -> [result]` or, with `kwargs`, `[f, args_tuple, kwargs_dict] -> [result]`.
    CallEx {
        kwargs: bool,
    },
    /// `[defaults_tuple?, kwdefaults_dict?, closure_tuple?, code] -> [function]`; flags bit 0:
    /// defaults, bit 1: kwdefaults, bit 2: closure.
    MakeFunction {
        flags: u8,
    },
    /// `[] -> [__build_class__]`
    LoadBuildClass,
    /// `[] -> []` jump.
    Jump(u32),
    /// `[v] -> []`, jump if falsy.
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    /// `[v] -> [v]` and jump if falsy, else `[v] -> []`.
    JumpIfFalseOrPop(u32),
    JumpIfTrueOrPop(u32),
    /// `[v] -> [iter(v)]`
    GetIter,
    /// `[it] -> [it, next]`, or `[it] -> []` and jump when exhausted.
    ForIter(u32),
    /// `[v] -> ` return v to the caller.
    Return,
    /// Pushes an exception handler: on an exception the stack is cut to its current depth, the
    /// exception pushed, and control goes to the target.
    SetupExcept(u32),
    /// Like `SetupExcept`, for a `finally` clause (the handler re-raises at its end).
    SetupFinally(u32),
    /// Pops the innermost handler block.
    PopBlock,
    /// `[exc] -> [exc]`: enters an `except` clause: the exception becomes the one being handled
    /// (for bare `raise` and `__context__`) until `PopExcept`.
    BeginHandler,
    /// Leaves an `except` clause.
    PopExcept,
    /// `[exc, type] -> [exc]`; jump if `exc` is not an instance of `type` (or of one in a tuple).
    JumpIfNotExcMatch(u32),
    /// `raise`: 0 = re-raise the handled exception, 1 = `[exc] -> `, 2 = `[exc, cause] -> `.
    Raise(u32),
    /// `[exc] -> ` re-raise exc keeping its traceback (end of `finally`, unmatched `except`).
    Reraise,
    /// `[] -> [module]`: import `names[i]` (dotted: returns the top package, as `import a.b`).
    ImportName(u32),
    /// `[module] -> [module, module.names[i]]` (ImportError if missing).
    ImportFrom(u32),
    /// `[seq] -> [xn..x1]` (so the first stored is x1).
    UnpackSequence(u32),
    /// `[seq] -> [...]` with a starred target: `before` names, a list, `after` names.
    UnpackEx {
        before: u16,
        after: u16,
    },
    /// `[v] -> [sent]`: suspends a generator.
    YieldValue,
    /// `[] -> [v]`: what the generator that the last `ForIter` exhausted returned (None for other
    /// iterators): the value of a `yield from` expression.
    LoadGenReturn,
    /// `[v] -> [v]` checks `__enter__` etc. for `with`: `[mgr] -> [exit_bound, enter_result]`.
    BeforeWith,
    /// `[exit, exc] -> [suppress?]` calls `exit(type, value, tb)` for the exception on top.
    WithExceptStart,
    /// `[exit] -> []` calls `exit(None, None, None)`.
    WithExitNormal,
    /// `[v] -> []` prints `repr(v)` when not None (not used for scripts; reserved).
    Nop,
}

/// A compiled function body, class body or module.
#[derive(Debug)]
pub struct Code {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub instrs: Vec<Instr>,
    /// Source range of each instruction (parallel to `instrs`).
    pub ranges: Vec<TextRange>,
    /// Line of each instruction; a `Line` step is recorded when `line_start[pc]` is set.
    pub lines: Vec<u32>,
    pub line_start: Vec<bool>,
    pub consts: Vec<Value>,
    /// Attribute and global names.
    pub names: Vec<Rc<str>>,
    /// Fast locals: parameters first.
    pub varnames: Vec<Rc<str>>,
    /// Locals captured by inner functions.
    pub cellvars: Vec<Rc<str>>,
    /// Names captured from enclosing functions.
    pub freevars: Vec<Rc<str>>,
    /// For each cellvar that is also a parameter: (cell index, varname index).
    pub cell_params: Vec<(u32, u32)>,
    pub argcount: u32,
    pub posonlycount: u32,
    pub kwonlycount: u32,
    pub varargs: bool,
    pub varkw: bool,
    pub is_generator: bool,
    /// Module and class bodies look names up by name (`LoadName`); functions use fast locals.
    pub uses_namespace: bool,
    /// Where the code comes from.
    pub origin: Origin,
    /// A function's docstring (`__doc__`).
    pub doc: Option<Rc<str>>,
    pub first_line: u32,
}

/// Where compiled code comes from, which decides how its frames show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// The learner's script: tracebacks and line steps show it.
    Script,
    /// The built-in library (threading written in Python): hidden from tracebacks and from line
    /// steps.
    Library,
    /// A string given to `eval` or `exec`: tracebacks show it as `File "<string>"`; it records
    /// no line steps (its lines are not the script's).
    String,
}

impl Code {
    /// Whether its frames are the learner's script, shown line by line.
    pub fn is_script(&self) -> bool {
        self.origin == Origin::Script
    }

    /// Line of the instruction at `pc`.
    pub fn line_at(&self, pc: usize) -> u32 {
        self.lines.get(pc).copied().unwrap_or(self.first_line)
    }
}
