//! Module behaviour CPython cannot show because it depends on the virtual clock or the run's
//! settings: `logging`'s times, `time`'s calendar at the start of a run, unseeded `random`.

use threadplay::engine::{run, Run, Settings};

fn go(src: &str) -> Run {
    run(src, &Settings { filename: "t.py".into(), ..Settings::default() })
}

#[test]
fn logging_asctime_follows_the_virtual_clock() {
    let src = "\
import logging, threading, time
logging.basicConfig(format='%(asctime)s [%(threadName)s] %(message)s', level=logging.INFO)
def work():
    time.sleep(1.5)
    logging.info('done')
t = threading.Thread(target=work, name='w1')
t.start()
logging.info('started')
t.join()
logging.basicConfig(force=True, format='%(asctime)s %(message)s', datefmt='%H:%M:%S')
logging.warning('custom datefmt')
";
    let r = go(src);
    assert_eq!(
        r.stderr(),
        "2024-01-01 00:00:00,000 [MainThread] started\n2024-01-01 00:00:01,500 [w1] done\n00:00:01 custom datefmt\n"
    );
}

#[test]
fn the_run_starts_on_new_years_day_2024_utc() {
    let r = go("import time\ntime.sleep(61)\nprint(time.strftime('%Y-%m-%d %H:%M:%S %Z'), time.localtime().tm_wday)\n");
    assert_eq!(r.stdout(), "2024-01-01 00:01:01 UTC 0\n");
}

#[test]
fn unseeded_random_draws_from_the_runs_seed_setting() {
    let src = "import random\nprint(random.randint(1, 10**9), random.random())\n";
    let a = go(src);
    assert_eq!(a.stdout(), go(src).stdout(), "same settings, same numbers");
    let other = run(src, &Settings { seed: 7, ..Settings::default() });
    assert_ne!(a.stdout(), other.stdout(), "another seed, other numbers");
    let seeded = "import random\nrandom.seed(7)\nprint(random.randint(1, 10**9), random.random())\n";
    assert_eq!(run(seeded, &Settings::default()).stdout(), other.stdout(), "seed setting 7 is random.seed(7)");
}

mod loading {
    //! How the page loads modules written in Python: a run that imports one its library lacks
    //! stops for it, and once it is added the run is the one a bundled build gives.
    use threadplay::engine::modules::{Library, PYTHON_MODULES};
    use threadplay::engine::{run, Session, Settings};

    fn source_of(file: &str) -> String {
        std::fs::read_to_string(format!("{}/src/engine/modules/python/{file}", env!("CARGO_MANIFEST_DIR"))).unwrap()
    }

    const SCRIPT: &str = "\
import threading
def work():
    import queue
    q = queue.Queue()
    q.put('from a queue')
    print(q.get())
threading.Thread(target=work).start()
";

    #[test]
    fn a_script_stops_for_missing_modules_and_runs_the_same_once_they_are_added() {
        let settings = Settings::default();
        let mut library = Library::unbundled();
        let session = Session::with_library(SCRIPT, &settings, &library);
        assert!(session.is_done());
        let names: Vec<&str> = session.missing_modules().iter().map(|m| m.name).collect();
        assert_eq!(names, ["_threading_sync", "collections", "heapq", "queue"]);
        for m in session.missing_modules() {
            library.add(m.name, &source_of(m.file));
        }
        let again = Session::with_library(SCRIPT, &settings, &library);
        assert!(again.missing_modules().is_empty());
        let loaded = again.into_run();
        let bundled = run(SCRIPT, &settings);
        assert_eq!(loaded.stdout(), "from a queue\n");
        assert_eq!(loaded.trace, bundled.trace);
    }

    #[test]
    fn a_module_that_could_not_be_loaded_is_an_import_error_that_says_why() {
        let mut library = Library::unbundled();
        for m in PYTHON_MODULES {
            library.add(m.name, &source_of(m.file));
        }
        library.mark_unavailable("queue", "threadplay could not fetch py/queue.py: offline");
        let r = Session::with_library(SCRIPT, &Settings::default(), &library).into_run();
        assert!(
            r.stderr().ends_with(
                "ModuleNotFoundError: No module named 'queue' (threadplay could not fetch py/queue.py: offline)\n"
            ),
            "{}",
            r.stderr()
        );
    }

    #[test]
    fn lazy_names_belong_to_their_module() {
        let src = "\
import threading
from threading import Timer
names = ['Condition', 'Semaphore', 'BoundedSemaphore', 'Event', 'BrokenBarrierError', 'Barrier', 'Timer', 'local']
print([getattr(threading, n).__module__ for n in names])
print(Timer is threading.Timer, repr(threading.Event()).startswith('<threading.Event at 0x'))
import time
from time import strftime
print(type(time.gmtime(0)).__module__, strftime('%Y', time.gmtime(0)), time.tzname)
import sys
from sys import version_info
print(version_info[:2], sys.version_info.major, sys.hexversion > 0x30B0000)
";
        let r = run(src, &Settings::default());
        assert_eq!(r.stderr(), "");
        let modules =
            "['threading', 'threading', 'threading', 'threading', 'threading', 'threading', 'threading', 'threading']";
        assert_eq!(r.stdout(), format!("{modules}\nTrue True\ntime 1970 ('UTC', 'UTC')\n(3, 11) 3 True\n"));
    }

    #[test]
    fn a_lazy_name_reached_at_run_time_stops_the_run_for_its_provider() {
        // The scan cannot see a name built at run time: the lookup stops the run instead.
        let src = "import threading\nprint('before')\ne = getattr(threading, 'Ev' + 'ent')()\nprint(e.is_set())\n";
        let mut library = Library::unbundled();
        let session = Session::with_library(src, &Settings::default(), &library);
        assert!(session.missing_modules().is_empty());
        let mut session = session;
        assert!(session.advance(u64::MAX));
        let names: Vec<&str> = session.missing_modules().iter().map(|m| m.name).collect();
        assert_eq!(names, ["_threading_sync"]);
        library.add("_threading_sync", &source_of("threading_sync.py"));
        let again = Session::with_library(src, &Settings::default(), &library).into_run();
        assert_eq!(again.trace, run(src, &Settings::default()).trace);
        assert_eq!(again.stdout(), "before\nFalse\n");
    }

    #[test]
    fn the_helpers_of_built_ins_driven_by_python_load_when_first_needed() {
        // sum() over a generator runs its loop in _threadplay, which no import names.
        let src = "print('start')\nprint(sum(x * x for x in range(4)))\n";
        let mut library = Library::unbundled();
        let mut session = Session::with_library(src, &Settings::default(), &library);
        assert!(session.missing_modules().is_empty());
        assert!(session.advance(u64::MAX));
        let names: Vec<&str> = session.missing_modules().iter().map(|m| m.name).collect();
        assert_eq!(names, ["_threadplay"]);
        library.add("_threadplay", &source_of("threadplay_helpers.py"));
        let again = Session::with_library(src, &Settings::default(), &library).into_run();
        assert_eq!(again.stdout(), "start\n14\n");
        assert_eq!(again.trace, run(src, &Settings::default()).trace);
    }
}

#[test]
fn every_missing_standard_module_says_threadplay_lacks_it() {
    for name in ["gc", "unittest", "decimal", "sqlite3", "tkinter", "xml"] {
        let r = go(&format!("import {name}\n"));
        assert!(
            r.stderr().contains(&format!("No module named '{name}' (threadplay does not provide it yet;")),
            "{name}: {}",
            r.stderr()
        );
    }
    let r = go("import no_such_module\n");
    assert!(r.stderr().ends_with("ModuleNotFoundError: No module named 'no_such_module'\n"), "{}", r.stderr());
}

#[test]
fn processes_and_networks_say_threadplay_simulates_threads_only() {
    for name in ["subprocess", "socket", "urllib.request", "requests", "http.client"] {
        let r = go(&format!("import {name}\n"));
        assert!(
            r.stderr().contains(
                "(threadplay simulates threads in one program: it cannot run other programs or reach a network)"
            ),
            "{name}: {}",
            r.stderr()
        );
    }
    let r = go("import os\nos.system('ls')\n");
    assert!(
        r.stderr().ends_with(
            "NotImplementedError: threadplay simulates threads in one program: os.system cannot run a command\n"
        ),
        "{}",
        r.stderr()
    );
}

#[test]
fn files_live_in_memory_for_one_run_only() {
    let src = "import os\nprint(os.path.exists('out.txt'))\nwith open('out.txt', 'w') as f:\n    f.write('x')\nprint(open('out.txt').read())\n";
    assert_eq!(go(src).stdout(), "False\nx\n");
    // A second run starts with no files, and nothing reached the disk.
    assert_eq!(go(src).stdout(), "False\nx\n");
    assert!(!std::path::Path::new("out.txt").exists());
}
