//! Native CLI: `threadplay run FILE.py` runs a script as `python3 FILE.py` would: the program's
//! stdout and stderr go to ours, and we exit with its status. `--trace` adds the annotated
//! timeline of the run (virtual time, thread, event) to stderr after the program's own output;
//! other schedules than CPython's order can be chosen and replayed. `threadplay explore FILE.py`
//! prints every outcome the script reaches under many schedules.

mod args;
mod report;

use std::io::Write;
use std::process::ExitCode;

use args::{Command, Common};
use threadplay::engine::explore::{explore, Plan};
use threadplay::engine::sched::policy::PolicyKind;
use threadplay::engine::{self, describe, trace::Exit, Settings};

fn usage_error(message: &str, command: Option<&str>) -> ExitCode {
    eprint!("threadplay: {message}\n\n{}", args::usage(command));
    ExitCode::from(2)
}

/// The script's text, or the usage error to exit with.
fn read_script(file: &str, command: &str) -> Result<String, ExitCode> {
    match std::fs::read(file) {
        Ok(bytes) => String::from_utf8(bytes)
            .map_err(|_| usage_error(&format!("can't read '{file}': it is not UTF-8 text"), Some(command))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            Err(usage_error(&format!("can't open file '{file}': No such file or directory"), Some(command)))
        }
        Err(e) => Err(usage_error(&format!("can't open file '{file}': {e}"), Some(command))),
    }
}

fn settings_of(common: &Common) -> Settings {
    let defaults = Settings::default();
    Settings {
        filename: common.file.clone(),
        max_instructions: common.max_instructions.unwrap_or(defaults.max_instructions),
        daemon_override: common.daemon,
        record_lines: false,
        ..defaults
    }
}

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    match args::parse(&argv) {
        Ok(Command::Help(command)) => {
            print!("{}", args::usage(command.as_deref()));
            ExitCode::SUCCESS
        }
        Ok(Command::Run(r)) => run(r),
        Ok(Command::Explore(e)) => run_explore(e),
        Err(message) => usage_error(&message, argv.first().map(String::as_str)),
    }
}

fn run(r: args::RunArgs) -> ExitCode {
    let source = match read_script(&r.common.file, "run") {
        Ok(s) => s,
        Err(code) => return code,
    };
    let seed = r.common.seed;
    let schedule = match (r.replay, r.policy.as_deref()) {
        (Some(s), _) => PolicyKind::Replay(s),
        (None, Some("random")) => PolicyKind::Random { seed },
        (None, Some(_)) => {
            // PCT draws its priority drops among the decision points a default run reaches.
            let first = Settings { record_points: true, ..settings_of(&r.common) };
            let points = engine::run(&source, &first).points.len() as u64;
            PolicyKind::Pct { seed, depth: 3, points }
        }
        (None, None) => PolicyKind::Fifo,
    };
    let settings = Settings { record_lines: r.trace, schedule, ..settings_of(&r.common) };
    let run = engine::run(&source, &settings);

    // A closed pipe (`threadplay run x.py | head`) is not an error worth reporting.
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(run.stdout().as_bytes());
    let _ = stdout.flush();
    let mut stderr = std::io::stderr().lock();
    let _ = stderr.write_all(run.stderr().as_bytes());
    if run.exit == Exit::StepBudget && run.stderr().contains(" instructions: ") {
        let _ =
            writeln!(stderr, "[threadplay: if the program is just long, raise the limit with --max-instructions=N]");
    }
    if r.trace {
        let _ =
            write!(stderr, "--- threadplay trace: virtual time, thread, event ---\n{}", describe::timeline(&run.trace));
    }
    if r.trace || r.print_schedule {
        let _ = writeln!(stderr, "schedule: {}", run.schedule.to_token());
    }
    let _ = stderr.flush();
    // As in CPython, only the low 8 bits of the status reach the shell.
    ExitCode::from((run.exit.code() & 0xff) as u8)
}

fn run_explore(e: args::ExploreArgs) -> ExitCode {
    let source = match read_script(&e.common.file, "explore") {
        Ok(s) => s,
        Err(code) => return code,
    };
    let plan = match e.bound {
        Some(bound) => Plan::Systematic { bound, max_runs: e.runs },
        None => Plan::Sampled { runs: e.runs.unwrap_or(1000), seed: e.common.seed },
    };
    let exploration = explore(&source, &settings_of(&e.common), plan);
    let daemon = e.common.daemon.map(|d| format!(" --daemon={d}")).unwrap_or_default();
    let replay = format!("threadplay run {}{daemon} --replay ", e.common.file);
    let text = if e.json { report::json(&exploration) } else { report::text(&exploration, &replay) };
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(text.as_bytes());
    let _ = stdout.flush();
    ExitCode::SUCCESS
}
