//! What the page's "Outcomes" region shows of an exploration: a summary, and for each distinct
//! outcome its count and share, how it ended, its console lines with those that differ from the
//! most common outcome marked, and the schedule that replays it.

use crate::engine::explore::{Exploration, Outcome};
use crate::engine::sched::schedule::Schedule;

/// One outcome as the page lists it.
#[derive(Clone, Debug, PartialEq)]
pub struct OutcomeView {
    /// "37 runs (74.0%), exit status 0" or "3 runs (6.0%): deadlock".
    pub heading: String,
    /// Its output lines (stdout, then stderr), each with whether it differs from the same line
    /// of the most common outcome.
    pub lines: Vec<(String, bool)>,
    pub schedule: Schedule,
}

/// "Explored 235 runs: every schedule with at most 2 changes from CPython's order. 2 distinct
/// outcomes." and the outcomes, most frequent first.
pub fn outcomes(e: &Exploration) -> (String, Vec<OutcomeView>) {
    let runs = if e.runs == 1 { "1 run".to_string() } else { format!("{} runs", e.runs) };
    let how = match (e.bound, e.exhaustive) {
        (Some(b), true) => format!("every schedule with at most {b} changes from CPython's order"),
        (Some(b), false) => format!("some of the schedules with at most {b} changes from CPython's order (not all)"),
        (None, _) => "random schedules".to_string(),
    };
    let k = e.outcomes.len();
    let distinct = if k == 1 { "1 distinct outcome".to_string() } else { format!("{k} distinct outcomes") };
    let summary = format!("Explored {runs}: {how}. {distinct}.");
    let common = e.outcomes.first().map(lines_of).unwrap_or_default();
    let views = e
        .outcomes
        .iter()
        .map(|o| {
            let share = 100.0 * o.count as f64 / e.runs.max(1) as f64;
            let count = if o.count == 1 { "1 run".to_string() } else { format!("{} runs", o.count) };
            let ending = match o.stop() {
                "deadlock" => "deadlock".to_string(),
                "budget" => "stopped: it may loop forever".to_string(),
                _ => format!("exit status {}", o.exit.code()),
            };
            let lines = lines_of(o)
                .into_iter()
                .enumerate()
                .map(|(i, line)| {
                    let differs = common.get(i) != Some(&line);
                    (line, differs)
                })
                .collect();
            OutcomeView { heading: format!("{count} ({share:.1}%): {ending}"), lines, schedule: o.schedule.clone() }
        })
        .collect();
    (summary, views)
}

fn lines_of(o: &Outcome) -> Vec<String> {
    o.stdout.lines().chain(o.stderr.lines()).map(str::to_string).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::explore::{explore, Plan};
    use crate::engine::Settings;

    #[test]
    fn outcomes_say_how_often_and_mark_what_differs() {
        let source =
            "import threading\ncounter = 0\ndef ident(n):\n    return n\ndef work():\n    global counter\n    \
                      for _ in range(3):\n        counter = ident(counter) + 1\n\
                      ts = [threading.Thread(target=work) for _ in range(2)]\nfor t in ts:\n    t.start()\n\
                      for t in ts:\n    t.join()\nprint('total')\nprint(counter)\n";
        let e = explore(source, &Settings::default(), Plan::Systematic { bound: 1, max_runs: None });
        let (summary, views) = outcomes(&e);
        assert!(
            summary.starts_with(&format!("Explored {} runs: every schedule with at most 1 changes", e.runs)),
            "{summary}"
        );
        assert!(views.len() > 1);
        assert_eq!(views[0].lines, [("total".to_string(), false), ("6".to_string(), false)]);
        assert_eq!(views[1].lines[0], ("total".to_string(), false));
        assert!(views[1].lines[1].1, "{:?}", views[1].lines);
        assert!(views[0].heading.ends_with("%): exit status 0"), "{}", views[0].heading);
    }
}
