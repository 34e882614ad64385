//! Native CLI: `threadplay run FILE.py` runs a script as `python3 FILE.py` would: the program's
//! stdout and stderr go to ours, and we exit with its status. `--trace` adds the annotated
//! timeline of the run (virtual time, thread, event) to stderr after the program's own output.

use std::io::Write;
use std::process::ExitCode;

use threadplay::engine::{self, describe, trace::Exit, Settings};

/// The usage text; `{max}` stands for the default instruction budget.
const USAGE: &str = "\
usage: threadplay run FILE.py [--trace] [--daemon=true|false] [--max-steps=N]

Runs a Python script on threadplay's simulated, deterministic scheduler and prints what
it prints, exiting with its status, as `python3 FILE.py` would.

options:
  --trace              after the program's output, print the timeline of the run
                       (virtual time, thread, event) to stderr
  --daemon=true|false  make every threading.Thread the script creates a daemon (or not)
  --max-steps=N        stop after N bytecode instructions (default {max})
  -h, --help           show this help
";

/// What the command line asks for.
#[derive(Debug, PartialEq)]
enum Command {
    Help,
    Run { file: String, trace: bool, daemon: Option<bool>, max_steps: Option<u64> },
}

/// Reads the arguments after the program name. `Err` holds what was wrong, for a learner.
fn parse(args: &[String]) -> Result<Command, String> {
    if args.iter().any(|a| a == "-h" || a == "--help") {
        return Ok(Command::Help);
    }
    let Some((command, rest)) = args.split_first() else {
        return Err("no command given".into());
    };
    if command != "run" {
        return Err(format!("unknown command '{command}' (the only command is 'run')"));
    }
    let (mut file, mut trace, mut daemon, mut max_steps) = (None, false, None, None);
    for arg in rest {
        if arg == "--trace" {
            trace = true;
        } else if let Some(value) = arg.strip_prefix("--daemon=") {
            daemon = Some(match value {
                "true" => true,
                "false" => false,
                _ => return Err(format!("--daemon takes true or false, not '{value}'")),
            });
        } else if let Some(value) = arg.strip_prefix("--max-steps=") {
            match value.parse::<u64>() {
                Ok(n) if n > 0 => max_steps = Some(n),
                _ => return Err(format!("--max-steps takes a positive whole number, not '{value}'")),
            }
        } else if arg.starts_with('-') && arg != "-" {
            return Err(format!("unknown option '{arg}'"));
        } else if file.is_some() {
            return Err(format!("only one script can be run, but '{arg}' was given too"));
        } else {
            file = Some(arg.clone());
        }
    }
    let file = file.ok_or("no script given: which FILE.py should run?")?;
    Ok(Command::Run { file, trace, daemon, max_steps })
}

fn usage() -> String {
    USAGE.replace("{max}", &Settings::default().max_instructions.to_string())
}

fn usage_error(message: &str) -> ExitCode {
    eprint!("threadplay: {message}\n\n{}", usage());
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (file, trace, daemon, max_steps) = match parse(&args) {
        Ok(Command::Help) => {
            print!("{}", usage());
            return ExitCode::SUCCESS;
        }
        Ok(Command::Run { file, trace, daemon, max_steps }) => (file, trace, daemon, max_steps),
        Err(message) => return usage_error(&message),
    };
    let source = match std::fs::read(&file) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(_) => return usage_error(&format!("can't read '{file}': it is not UTF-8 text")),
        },
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return usage_error(&format!("can't open file '{file}': No such file or directory"))
        }
        Err(e) => return usage_error(&format!("can't open file '{file}': {e}")),
    };
    let defaults = Settings::default();
    let settings = Settings {
        filename: file,
        max_instructions: max_steps.unwrap_or(defaults.max_instructions),
        daemon_override: daemon,
        record_lines: trace,
        ..defaults
    };
    let run = engine::run(&source, &settings);

    // A closed pipe (`threadplay run x.py | head`) is not an error worth reporting.
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(run.stdout().as_bytes());
    let _ = stdout.flush();
    let mut stderr = std::io::stderr().lock();
    let _ = stderr.write_all(run.stderr().as_bytes());
    if run.exit == Exit::StepBudget && run.stderr().contains(" instructions: ") {
        let _ = writeln!(stderr, "[threadplay: if the program is just long, raise the limit with --max-steps=N]");
    }
    if trace {
        let _ =
            write!(stderr, "--- threadplay trace: virtual time, thread, event ---\n{}", describe::timeline(&run.trace));
    }
    let _ = stderr.flush();
    // As in CPython, only the low 8 bits of the status reach the shell.
    ExitCode::from((run.exit.code() & 0xff) as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    fn run_of(file: &str, trace: bool, daemon: Option<bool>, max_steps: Option<u64>) -> Command {
        Command::Run { file: file.into(), trace, daemon, max_steps }
    }

    #[test]
    fn parses_options_in_any_order() {
        assert_eq!(parse(&args(&["run", "a.py"])), Ok(run_of("a.py", false, None, None)));
        assert_eq!(
            parse(&args(&["run", "--trace", "a.py", "--daemon=false", "--max-steps=500"])),
            Ok(run_of("a.py", true, Some(false), Some(500)))
        );
        assert_eq!(
            parse(&args(&["run", "--daemon=true", "dir/b.py"])),
            Ok(run_of("dir/b.py", false, Some(true), None))
        );
        assert_eq!(parse(&args(&["run", "x.py", "--help"])), Ok(Command::Help));
        assert_eq!(parse(&args(&["-h"])), Ok(Command::Help));
    }

    #[test]
    fn rejects_what_it_does_not_understand() {
        let err = |list: &[&str]| parse(&args(list)).unwrap_err();
        assert_eq!(err(&[]), "no command given");
        assert_eq!(err(&["go", "a.py"]), "unknown command 'go' (the only command is 'run')");
        assert_eq!(err(&["run"]), "no script given: which FILE.py should run?");
        assert_eq!(err(&["run", "a.py", "--daemon=yes"]), "--daemon takes true or false, not 'yes'");
        assert_eq!(err(&["run", "a.py", "--daemon"]), "unknown option '--daemon'");
        assert_eq!(err(&["run", "a.py", "--max-steps=0"]), "--max-steps takes a positive whole number, not '0'");
        assert_eq!(err(&["run", "a.py", "--max-steps=lots"]), "--max-steps takes a positive whole number, not 'lots'");
        assert_eq!(err(&["run", "a.py", "--fast"]), "unknown option '--fast'");
        assert_eq!(err(&["run", "a.py", "b.py"]), "only one script can be run, but 'b.py' was given too");
    }
}
