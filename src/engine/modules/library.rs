//! The modules written in Python, and where a run gets their source. `threading`, which nearly
//! every run needs, is always compiled into the engine.
//! The others are compiled in too when the `bundled-modules` feature is on (the CLI, the tests);
//! the page builds without it and fetches each as a file (`py/<file>`) when a script imports it,
//! which keeps its first load small. A run that reaches an import whose source is missing stops
//! and names it (`Session::missing_modules`), so the page can fetch it and run again.

use std::rc::Rc;

use crate::engine::syntax::ast::{Stmt, StmtKind};

/// A module written in Python.
#[derive(Debug, PartialEq, Eq)]
pub struct PythonModule {
    /// The name a script imports (`concurrent.futures`).
    pub name: &'static str,
    /// Its file in `src/engine/modules/python/` (and in the page's `py/` folder).
    pub file: &'static str,
    /// The modules written in Python that it imports itself.
    pub imports: &'static [&'static str],
}

const fn module(name: &'static str, file: &'static str, imports: &'static [&'static str]) -> PythonModule {
    PythonModule { name, file, imports }
}

/// Every module written in Python (a test checks `imports` against each file).
pub const PYTHON_MODULES: &[PythonModule] = &[
    module("_sys_info", "sys_info.py", &[]),
    module("_threadplay", "threadplay_helpers.py", &[]),
    module("threading", "threading.py", &[]),
    module("_threading_sync", "threading_sync.py", &["threading"]),
    module("_time_calendar", "time_calendar.py", &[]),
    module("_files", "files.py", &[]),
    module("atexit", "atexit.py", &[]),
    module("collections", "collections.py", &[]),
    module("concurrent.futures", "concurrent_futures.py", &["threading", "_threading_sync", "queue"]),
    module("contextlib", "contextlib.py", &[]),
    module("dataclasses", "dataclasses.py", &[]),
    module("functools", "functools.py", &[]),
    module("heapq", "heapq.py", &[]),
    module("itertools", "itertools.py", &[]),
    module("logging", "logging.py", &["_time_calendar", "threading"]),
    module("operator", "operator.py", &[]),
    module("os", "os.py", &["_files"]),
    module("queue", "queue.py", &["threading", "_threading_sync", "heapq", "collections"]),
    module("random", "random.py", &[]),
    module("sched", "sched.py", &["heapq", "threading", "_threading_sync", "collections", "itertools"]),
    module("string", "string.py", &[]),
    module("typing", "typing.py", &[]),
];

/// Names that a module gets from another module the first time one is looked up in it (the
/// engine imports the provider then), so that runs which never name them neither load them
/// nor, in the page, download them: (module, provider, names).
pub const LAZY_NAMES: &[(&str, &str, &[&str])] = &[
    (
        "threading",
        "_threading_sync",
        &[
            "RLock",
            "_RLock",
            "Condition",
            "Semaphore",
            "BoundedSemaphore",
            "Event",
            "BrokenBarrierError",
            "Barrier",
            "Timer",
            "local",
        ],
    ),
    ("builtins", "_files", &["open"]),
    ("sys", "_sys_info", &["version_info", "hexversion", "byteorder", "executable", "path", "flags"]),
    (
        "time",
        "_time_calendar",
        &[
            "struct_time",
            "gmtime",
            "localtime",
            "strftime",
            "asctime",
            "ctime",
            "timezone",
            "altzone",
            "daylight",
            "tzname",
        ],
    ),
];

/// The module that provides `name` to `module` on first use, if any.
pub fn lazy_provider(module: &str, name: &str) -> Option<&'static str> {
    LAZY_NAMES.iter().find(|(m, _, names)| *m == module && names.contains(&name)).map(|(_, provider, _)| *provider)
}

/// The providers that a source importing `imported` modules may need: those whose names it
/// mentions as words anywhere (a mention in a comment costs a download, never a wrong run).
fn lazy_needs(source: &str, imported: impl Fn(&str) -> bool) -> Vec<&'static str> {
    let is_ident = |c: char| c == '_' || c.is_alphanumeric();
    let mentions = |word: &str| {
        source
            .match_indices(word)
            .any(|(at, _)| !source[..at].ends_with(is_ident) && !source[at + word.len()..].starts_with(is_ident))
    };
    LAZY_NAMES
        .iter()
        .filter(|(module, _, names)| (*module == "builtins" || imported(module)) && names.iter().any(|n| mentions(n)))
        .map(|(_, provider, _)| *provider)
        .collect()
}

/// The module written in Python called `name`, if there is one.
pub fn python_module(name: &str) -> Option<&'static PythonModule> {
    PYTHON_MODULES.iter().find(|m| m.name == name)
}

/// Source compiled into the engine on every build.
fn always_bundled(name: &str) -> Option<&'static str> {
    Some(match name {
        "threading" => include_str!("python/threading.py"),
        _ => return None,
    })
}

/// Source compiled in with the `bundled-modules` feature.
#[cfg(feature = "bundled-modules")]
fn bundled(name: &str) -> Option<&'static str> {
    Some(match name {
        "_threadplay" => include_str!("python/threadplay_helpers.py"),
        "_sys_info" => include_str!("python/sys_info.py"),
        "atexit" => include_str!("python/atexit.py"),
        "_threading_sync" => include_str!("python/threading_sync.py"),
        "_time_calendar" => include_str!("python/time_calendar.py"),
        "_files" => include_str!("python/files.py"),
        "collections" => include_str!("python/collections.py"),
        "concurrent.futures" => include_str!("python/concurrent_futures.py"),
        "contextlib" => include_str!("python/contextlib.py"),
        "dataclasses" => include_str!("python/dataclasses.py"),
        "functools" => include_str!("python/functools.py"),
        "heapq" => include_str!("python/heapq.py"),
        "itertools" => include_str!("python/itertools.py"),
        "logging" => include_str!("python/logging.py"),
        "operator" => include_str!("python/operator.py"),
        "os" => include_str!("python/os.py"),
        "queue" => include_str!("python/queue.py"),
        "random" => include_str!("python/random.py"),
        "sched" => include_str!("python/sched.py"),
        "string" => include_str!("python/string.py"),
        "typing" => include_str!("python/typing.py"),
        _ => return None,
    })
}

#[cfg(not(feature = "bundled-modules"))]
fn bundled(_name: &str) -> Option<&'static str> {
    None
}

/// What a run can import beyond the bundled modules: sources added at run time (the page's
/// fetched files), and modules that could not be had, with the reason.
#[derive(Clone, Debug)]
pub struct Library {
    /// Whether the `bundled-modules` sources count (they are absent from the page's build).
    use_bundled: bool,
    /// At most one entry per module (a plain list: there are a few dozen at most, and a map
    /// type of its own would cost the page's bundle more than it saves).
    entries: Vec<(&'static str, Entry)>,
}

#[derive(Clone, Debug)]
enum Entry {
    Added(Rc<str>),
    /// Why it could not be had.
    Unavailable(Rc<str>),
}

impl Default for Library {
    fn default() -> Self {
        Library { use_bundled: true, entries: Vec::new() }
    }
}

/// Where a module's source stands in a library.
pub enum Lookup {
    Source(Rc<str>),
    /// A module written in Python whose source is not here yet.
    Missing(&'static PythonModule),
    /// It could not be had: the reason, for the learner.
    Unavailable(Rc<str>),
    /// Not a module written in Python.
    NotPython,
}

impl Library {
    /// A library with only the modules every build compiles in, as the page starts: how tests
    /// of a build with `bundled-modules` try the page's way of loading modules.
    pub fn unbundled() -> Self {
        Library { use_bundled: false, ..Library::default() }
    }

    fn set(&mut self, name: &str, entry: Entry) {
        if let Some(m) = python_module(name) {
            self.entries.retain(|(n, _)| *n != m.name);
            self.entries.push((m.name, entry));
        }
    }

    /// Adds the source of the module written in Python called `name` (ignored for other names).
    pub fn add(&mut self, name: &str, source: &str) {
        self.set(name, Entry::Added(Rc::from(source)));
    }

    /// Records that `name` could not be loaded, and why: importing it then raises an error that
    /// says so instead of stopping the run for it again.
    pub fn mark_unavailable(&mut self, name: &str, reason: &str) {
        self.set(name, Entry::Unavailable(Rc::from(reason)));
    }

    /// Forgets which modules could not be had, so that the next run tries them again.
    pub fn forget_unavailable(&mut self) {
        self.entries.retain(|(_, e)| matches!(e, Entry::Added(_)));
    }

    pub fn lookup(&self, name: &str) -> Lookup {
        let Some(module) = python_module(name) else { return Lookup::NotPython };
        let bundled = always_bundled(name).or_else(|| bundled(name).filter(|_| self.use_bundled));
        if let Some(source) = bundled {
            return Lookup::Source(Rc::from(source));
        }
        match self.entries.iter().find(|(n, _)| *n == name) {
            Some((_, Entry::Added(source))) => Lookup::Source(source.clone()),
            Some((_, Entry::Unavailable(reason))) => Lookup::Unavailable(reason.clone()),
            None => Lookup::Missing(module),
        }
    }

    /// The modules a script (`source`, parsed into `body`) may import, in any function or
    /// branch, with what they import in turn and the providers of lazy names it mentions, whose
    /// source the library lacks, in the order of `PYTHON_MODULES`.
    pub fn missing_for(&self, source: &str, body: &[Stmt]) -> Vec<&'static PythonModule> {
        let mut wanted: Vec<&'static PythonModule> = Vec::new();
        let mut names = Vec::new();
        imported_names(body, &mut names);
        let imported = names.clone();
        names.extend(lazy_needs(source, |m| imported.iter().any(|n| n == m)).into_iter().map(String::from));
        while let Some(name) = names.pop() {
            if let Some(m) = python_module(&name).filter(|m| !wanted.contains(m)) {
                wanted.push(m);
                names.extend(m.imports.iter().map(|s| s.to_string()));
            }
        }
        PYTHON_MODULES
            .iter()
            .filter(|m| wanted.contains(m) && matches!(self.lookup(m.name), Lookup::Missing(_)))
            .collect()
    }
}

/// Every module name an `import` statement in `body` may load: each dotted prefix of
/// `import a.b.c`, and for `from a import b` both `a` and `a.b` (b may be a submodule).
fn imported_names(body: &[Stmt], out: &mut Vec<String>) {
    let with_prefixes = |name: &str, out: &mut Vec<String>| {
        let mut end = 0;
        for part in name.split('.') {
            end += part.len();
            out.push(name[..end].to_string());
            end += 1;
        }
    };
    for stmt in body {
        match &stmt.kind {
            StmtKind::Import(aliases) => aliases.iter().for_each(|a| with_prefixes(&a.name.name, out)),
            StmtKind::ImportFrom { module: Some(module), names, level: 0 } => {
                with_prefixes(&module.name, out);
                out.extend(names.iter().map(|a| format!("{}.{}", module.name, a.name.name)));
            }
            StmtKind::If { body, orelse, .. }
            | StmtKind::While { body, orelse, .. }
            | StmtKind::For { body, orelse, .. } => {
                imported_names(body, out);
                imported_names(orelse, out);
            }
            StmtKind::FunctionDef(f) => imported_names(&f.body, out),
            StmtKind::ClassDef(c) => imported_names(&c.body, out),
            StmtKind::With { body, .. } => imported_names(body, out),
            StmtKind::Try { body, handlers, orelse, finalbody, .. } => {
                imported_names(body, out);
                handlers.iter().for_each(|h| imported_names(&h.body, out));
                imported_names(orelse, out);
                imported_names(finalbody, out);
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::syntax::parse;

    fn missing(library: &Library, source: &str) -> Vec<&'static str> {
        library.missing_for(source, &parse(source).expect("valid Python").body).iter().map(|m| m.name).collect()
    }

    #[test]
    fn each_module_lists_the_python_modules_it_imports() {
        for m in PYTHON_MODULES {
            let path = format!("{}/src/engine/modules/python/{}", env!("CARGO_MANIFEST_DIR"), m.file);
            let source = std::fs::read_to_string(&path).expect("module file");
            let mut names = Vec::new();
            imported_names(&parse(&source).expect("module parses").body, &mut names);
            let imported = names.clone();
            names.extend(lazy_needs(&source, |m| imported.iter().any(|n| n == m)).into_iter().map(String::from));
            let mut found: Vec<&str> =
                names.iter().filter_map(|n| python_module(n)).map(|p| p.name).filter(|n| *n != m.name).collect();
            found.sort_unstable();
            found.dedup();
            let mut listed = m.imports.to_vec();
            listed.sort_unstable();
            assert_eq!(found, listed, "imports of {}", m.file);
        }
    }

    #[test]
    fn imports_anywhere_in_a_script_are_found_with_what_they_import() {
        let mut library = Library::unbundled();
        let src = "\
import threading
def later():
    import logging
    from concurrent.futures import ThreadPoolExecutor
class C:
    try:
        from collections import deque
    except ImportError:
        pass
";
        assert_eq!(
            missing(&library, src),
            ["_threading_sync", "_time_calendar", "collections", "concurrent.futures", "heapq", "logging", "queue"]
        );
        // time's calendar half: only for a script that names part of it.
        assert!(missing(&library, "import time\ntime.sleep(1)\nprint(time.time())").is_empty());
        assert_eq!(missing(&library, "import time\nprint(time.strftime('%H'))"), ["_time_calendar"]);
        // threading's lazy names: only a script that names one needs their provider.
        assert!(missing(&library, "import threading\nthreading.Thread().start()").is_empty());
        assert_eq!(missing(&library, "import threading\ndone = threading.Event()"), ["_threading_sync"]);
        assert_eq!(missing(&library, "from threading import Thread, Timer"), ["_threading_sync"]);
        assert!(missing(&library, "import threading\nEvents = 1\nmy_Event = 2").is_empty());
        // `from concurrent import futures` names the submodule; `from . import x` is no module of ours.
        assert_eq!(
            missing(&library, "from concurrent import futures"),
            ["_threading_sync", "collections", "concurrent.futures", "heapq", "queue"]
        );
        assert!(missing(&library, "from . import logging").is_empty());
        // A module that could not be had is not asked for again.
        library.mark_unavailable("logging", "offline");
        assert!(!missing(&library, "import logging").contains(&"logging"));
        // Once added, nothing is missing.
        for m in PYTHON_MODULES {
            library.add(m.name, "x = 1\n");
        }
        assert!(missing(&library, src).is_empty());
        assert!(missing(&Library::unbundled(), "import threading, time, sys").is_empty());
    }

    #[test]
    fn an_import_reached_without_its_source_stops_the_run_for_it() {
        let mut vm = crate::engine::vm::Vm::new("", crate::engine::Settings::default(), Library::unbundled());
        assert!(vm.import("logging").is_err());
        assert_eq!(vm.missing_module.map(|m| m.name), Some("logging"));
        assert_eq!(vm.pause_at, vm.instructions);
    }
}
