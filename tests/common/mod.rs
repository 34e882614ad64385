//! Programs the schedule tests share.

// Not every test file uses every program.
#![allow(dead_code)]

/// Two threads each add one `times` times to a global, with a call between reading and writing
/// (a switch point), then the main thread prints the total.
pub fn race(times: u32) -> String {
    format!(
        "import threading\ncounter = 0\ndef ident(n):\n    return n\ndef work():\n    global counter\n    \
         for _ in range({times}):\n        counter = ident(counter) + 1\n\
         ts = [threading.Thread(target=work) for _ in range(2)]\nfor t in ts:\n    t.start()\n\
         for t in ts:\n    t.join()\nprint(counter)\n"
    )
}

/// Each thread takes two locks in opposite orders, with a call between (a switch point: entering
/// a `with` is not one, in CPython 3.11 as here).
pub const DEADLOCK: &str = "import threading\na = threading.Lock()\nb = threading.Lock()\ndef work():\n    pass\n\
                            def one():\n    with a:\n        work()\n        with b:\n            print('one')\n\
                            def two():\n    with b:\n        work()\n        with a:\n            print('two')\n\
                            t1 = threading.Thread(target=one)\nt2 = threading.Thread(target=two)\n\
                            t1.start(); t2.start(); t1.join(); t2.join()\nprint('done')\n";
