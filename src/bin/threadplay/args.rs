//! The command line: `threadplay run FILE ...` and `threadplay explore FILE ...`, their options
//! (`--name=value` or `--name value`; `--daemon=` only with `=`), and their help texts. `Err`
//! holds what was wrong, for a learner; the caller prints it with the usage and exits with 2.

use threadplay::engine::sched::schedule::Schedule;
use threadplay::engine::Settings;

pub const RUN_USAGE: &str = "\
usage: threadplay run FILE.py [--trace] [--daemon=true|false] [--max-instructions=N]
                     [--schedule fifo|random|pct] [--seed N] [--replay SCHEDULE] [--print-schedule]

Runs a Python script on threadplay's simulated, deterministic scheduler and prints what
it prints, exiting with its status, as `python3 FILE.py` would.

options:
  --trace                 after the program's output, print the timeline of the run
                          (virtual time, thread, event) to stderr
  --daemon=true|false     make every threading.Thread the script creates a daemon (or not)
  --max-instructions=N    stop after N bytecode instructions (default {max});
                          --max-steps=N is the same
  --schedule fifo|random|pct
                          who runs when: CPython's own order (fifo, the default), a
                          seeded random one (give way at 1 in 64 switch points), or
                          PCT (seeded random thread priorities, depth 3)
  --seed N                the random schedule's seed (default 0; the program's own
                          `random` keeps its own seeding)
  --replay SCHEDULE       run the schedule a run printed (`schedule: 1.c.u...`) again
  --print-schedule        end stderr with the line `schedule: SCHEDULE` (so does --trace)
  --switch-points cpython, --stdout unbuffered
                          the only switch points and stdout model this threadplay has
  -h, --help              show this help
";

pub const EXPLORE_USAGE: &str = "\
usage: threadplay explore FILE.py [--bound K] [--runs N] [--seed N] [--daemon=true|false]
                         [--max-instructions=N] [--json]

Runs a Python script under many schedules and prints each distinct outcome (its output
and exit status) with how many runs gave it and the command that replays one of them.

options:
  --bound K               every schedule with at most K changes from CPython's own order
                          (stops after --runs N runs if given, and then is not exhaustive)
  --runs N                without --bound: N runs of seeded schedules, PCT and random in
                          turn (default 1000)
  --seed N                the seed the random schedules' seeds come from (default 0)
  --daemon=true|false     as for run
  --max-instructions=N    each run's instruction budget (default {max})
  --json                  print one JSON object instead of text
  -h, --help              show this help
";

/// The usage of `command` (both commands' when none is known).
pub fn usage(command: Option<&str>) -> String {
    let max = Settings::default().max_instructions.to_string();
    let text = match command {
        Some("explore") => EXPLORE_USAGE.to_string(),
        Some("run") => RUN_USAGE.to_string(),
        _ => format!("{RUN_USAGE}\n{EXPLORE_USAGE}"),
    };
    text.replace("{max}", &max)
}

/// What the command line asks for.
#[derive(Debug, PartialEq)]
pub enum Command {
    Help(Option<String>),
    Run(RunArgs),
    Explore(ExploreArgs),
}

/// What both commands take.
#[derive(Debug, Default, PartialEq)]
pub struct Common {
    pub file: String,
    pub daemon: Option<bool>,
    pub max_instructions: Option<u64>,
    pub seed: u64,
}

#[derive(Debug, Default, PartialEq)]
pub struct RunArgs {
    pub common: Common,
    pub trace: bool,
    /// "random" or "pct"; None for CPython's order.
    pub policy: Option<String>,
    pub replay: Option<Schedule>,
    pub print_schedule: bool,
}

#[derive(Debug, Default, PartialEq)]
pub struct ExploreArgs {
    pub common: Common,
    pub runs: Option<u64>,
    pub bound: Option<u32>,
    pub json: bool,
}

/// Reads the arguments after the program name.
pub fn parse(args: &[String]) -> Result<Command, String> {
    let command = args.first().map(String::as_str);
    if args.iter().any(|a| a == "-h" || a == "--help") {
        return Ok(Command::Help(command.filter(|c| matches!(*c, "run" | "explore")).map(String::from)));
    }
    let Some(command) = command else { return Err("no command given".into()) };
    if command != "run" && command != "explore" {
        return Err(format!("unknown command '{command}' (the commands are 'run' and 'explore')"));
    }
    let explore = command == "explore";
    let mut common = Common::default();
    let (mut file, mut run, mut ex) = (None, RunArgs::default(), ExploreArgs::default());
    let mut schedule_name: Option<String> = None;
    let mut rest = args[1..].iter();
    while let Some(arg) = rest.next() {
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n, Some(v.to_string())),
            _ => (arg.as_str(), None),
        };
        let mut value = |what: &str| -> Result<String, String> {
            match &inline {
                Some(v) => Ok(v.clone()),
                None => rest.next().cloned().ok_or_else(|| format!("{name} needs {what}")),
            }
        };
        match name {
            "--trace" if !explore && inline.is_none() => run.trace = true,
            "--print-schedule" if !explore && inline.is_none() => run.print_schedule = true,
            "--json" if explore && inline.is_none() => ex.json = true,
            "--daemon" if inline.is_some() => {
                let v = value("")?;
                common.daemon = Some(match v.as_str() {
                    "true" => true,
                    "false" => false,
                    _ => return Err(format!("--daemon takes true or false, not '{v}'")),
                });
            }
            "--max-instructions" | "--max-steps" => {
                let v = value("a number")?;
                common.max_instructions = Some(positive(name, &v)?);
            }
            "--seed" => {
                let v = value("a number")?;
                common.seed = v.parse().map_err(|_| format!("--seed takes a whole number, not '{v}'"))?;
            }
            "--schedule" if !explore => {
                let v = value("fifo, random or pct")?;
                match v.as_str() {
                    "fifo" | "random" | "pct" => schedule_name = Some(v),
                    _ => return Err(format!("--schedule takes fifo, random or pct, not '{v}'")),
                }
            }
            "--replay" if !explore => {
                let v = value("a schedule")?;
                run.replay = Some(Schedule::from_token(&v).map_err(|e| format!("--replay: {e}"))?);
            }
            "--switch-points" => {
                let v = value("cpython")?;
                if v != "cpython" {
                    return Err(format!("--switch-points {v} is not available yet: this threadplay has cpython only"));
                }
            }
            "--stdout" => {
                let v = value("unbuffered")?;
                if v != "unbuffered" {
                    return Err(format!("--stdout {v} is not available yet: this threadplay has unbuffered only"));
                }
            }
            "--runs" if explore => ex.runs = Some(positive(name, &value("a number")?)?),
            "--bound" if explore => {
                let v = value("a number")?;
                ex.bound = Some(v.parse().map_err(|_| format!("--bound takes a whole number, not '{v}'"))?);
            }
            _ if arg.starts_with('-') && arg != "-" => return Err(format!("unknown option '{arg}'")),
            _ if file.is_some() => return Err(format!("only one script can be run, but '{arg}' was given too")),
            _ => file = Some(arg.clone()),
        }
    }
    common.file = file.ok_or("no script given: which FILE.py should run?")?;
    if explore {
        return Ok(Command::Explore(ExploreArgs { common, ..ex }));
    }
    run.policy = schedule_name.filter(|s| s != "fifo");
    if let (Some(p), Some(_)) = (&run.policy, &run.replay) {
        return Err(format!("--replay follows a recorded schedule: it cannot go with --schedule {p}"));
    }
    Ok(Command::Run(RunArgs { common, ..run }))
}

fn positive(name: &str, v: &str) -> Result<u64, String> {
    match v.parse::<u64>() {
        Ok(n) if n > 0 => Ok(n),
        _ => Err(format!("{name} takes a positive whole number, not '{v}'")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    fn run_of(file: &str, trace: bool, daemon: Option<bool>, max: Option<u64>) -> Command {
        let common = Common { file: file.into(), daemon, max_instructions: max, seed: 0 };
        Command::Run(RunArgs { common, trace, ..RunArgs::default() })
    }

    #[test]
    fn parses_options_in_any_order() {
        assert_eq!(parse(&args(&["run", "a.py"])), Ok(run_of("a.py", false, None, None)));
        assert_eq!(
            parse(&args(&["run", "--trace", "a.py", "--daemon=false", "--max-steps=500"])),
            Ok(run_of("a.py", true, Some(false), Some(500)))
        );
        assert_eq!(parse(&args(&["run", "--max-instructions", "7", "b.py"])), Ok(run_of("b.py", false, None, Some(7))));
        assert_eq!(parse(&args(&["run", "x.py", "--help"])), Ok(Command::Help(Some("run".into()))));
        assert_eq!(parse(&args(&["-h"])), Ok(Command::Help(None)));
        let Ok(Command::Run(r)) =
            parse(&args(&["run", "a.py", "--schedule", "random", "--seed=9", "--print-schedule"]))
        else {
            panic!("not a run")
        };
        assert!(r.policy.as_deref() == Some("random") && r.print_schedule && r.common.seed == 9);
        let Ok(Command::Run(r)) = parse(&args(&["run", "a.py", "--replay", "1.c.u.4S"])) else { panic!("not a run") };
        assert_eq!(r.replay.map(|s| s.to_token()).as_deref(), Some("1.c.u.4S"));
        let Ok(Command::Explore(e)) = parse(&args(&["explore", "a.py", "--bound", "2", "--runs=50", "--json"])) else {
            panic!("not an exploration")
        };
        assert_eq!((e.bound, e.runs, e.json), (Some(2), Some(50), true));
    }

    #[test]
    fn rejects_what_it_does_not_understand() {
        let err = |list: &[&str]| parse(&args(list)).unwrap_err();
        assert_eq!(err(&[]), "no command given");
        assert_eq!(err(&["go", "a.py"]), "unknown command 'go' (the commands are 'run' and 'explore')");
        assert_eq!(err(&["run"]), "no script given: which FILE.py should run?");
        assert_eq!(err(&["run", "a.py", "--daemon=yes"]), "--daemon takes true or false, not 'yes'");
        assert_eq!(err(&["run", "a.py", "--daemon"]), "unknown option '--daemon'");
        assert_eq!(err(&["run", "a.py", "--max-steps=0"]), "--max-steps takes a positive whole number, not '0'");
        assert_eq!(err(&["run", "a.py", "--max-steps=lots"]), "--max-steps takes a positive whole number, not 'lots'");
        assert_eq!(err(&["run", "a.py", "--fast"]), "unknown option '--fast'");
        assert_eq!(err(&["run", "a.py", "b.py"]), "only one script can be run, but 'b.py' was given too");
        assert_eq!(err(&["run", "a.py", "--seed"]), "--seed needs a number");
        assert!(err(&["run", "a.py", "--replay", "9.x"]).starts_with("--replay: unknown schedule format"));
        assert!(err(&["run", "a.py", "--replay", "1.c.u", "--schedule", "random"]).contains("cannot go with"));
        assert!(err(&["run", "a.py", "--switch-points", "instruction"]).contains("not available yet"));
        assert_eq!(err(&["explore", "a.py", "--trace"]), "unknown option '--trace'");
        assert_eq!(err(&["run", "a.py", "--bound", "2"]), "unknown option '--bound'");
    }
}
