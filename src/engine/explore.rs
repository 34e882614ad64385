//! Explore: run a program under many schedules and group the runs by outcome — what it printed
//! (without threadplay's own `[threadplay: …]` notes), its exit status and how it stopped — each
//! outcome with its count and the schedule with the fewest changes that produced it, so that any
//! outcome can be replayed. Only outcomes and schedules are kept, never the runs' traces.
//!
//! - **Systematic**, with a bound k: every schedule with at most k decisions that differ from the
//!   default, breadth first (k = 0 is the default run alone). "Exhaustive" when all of them ran.
//! - **Sampled**: n runs of the seeded random policy, seeds derived from one seed.

use super::sched::policy::{Point, PolicyKind};
use super::sched::schedule::{Change, Entry, Schedule};
use super::trace::Exit;
use super::{run, Run, Settings};
use std::collections::VecDeque;

/// How to explore.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plan {
    /// Every schedule with at most `bound` changes, stopping after `max_runs` runs if given.
    Systematic { bound: u32, max_runs: Option<u64> },
    /// `runs` runs of the random policy, with seeds derived from `seed`.
    Sampled { runs: u64, seed: u64 },
}

/// One distinct outcome.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub count: u64,
    pub exit: Exit,
    pub stdout: String,
    /// stderr without threadplay's own notes.
    pub stderr: String,
    /// The schedule with the fewest changes found that gives this outcome.
    pub schedule: Schedule,
}

impl Outcome {
    /// How the run stopped: "normal", "deadlock" or "budget".
    pub fn stop(&self) -> &'static str {
        match self.exit {
            Exit::Status(_) => "normal",
            Exit::Deadlock => "deadlock",
            Exit::StepBudget => "budget",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Exploration {
    pub runs: u64,
    /// Every schedule within the bound ran (never for a sampled exploration).
    pub exhaustive: bool,
    pub bound: Option<u32>,
    /// Most frequent first; ties in the order found.
    pub outcomes: Vec<Outcome>,
}

/// Explores `source` under `settings` (its `schedule` is replaced by each run's).
pub fn explore(source: &str, settings: &Settings, plan: Plan) -> Exploration {
    let mut found = Found::default();
    let (exhaustive, bound) = match plan {
        Plan::Sampled { runs, seed } => {
            for i in 0..runs {
                let seed = splitmix(seed.wrapping_add(i));
                found.add(&run(source, &with_policy(settings, PolicyKind::Random { seed }, false)));
            }
            (false, None)
        }
        Plan::Systematic { bound, max_runs } => {
            let mut queue: VecDeque<Schedule> = VecDeque::from([Schedule::default()]);
            let mut started: u64 = 1;
            let mut cut = false;
            while let Some(schedule) = queue.pop_front() {
                let changes = schedule.changes.len() as u32;
                let r = run(source, &with_policy(settings, PolicyKind::Replay(schedule.clone()), changes < bound));
                if changes < bound {
                    let from = schedule.changes.last().map_or(0, |e| e.index + 1);
                    for (index, point) in r.points.iter().enumerate().skip(from as usize) {
                        for change in alternatives(*point) {
                            if max_runs.is_some_and(|m| started >= m) {
                                cut = true;
                                break;
                            }
                            let mut child = schedule.clone();
                            child.changes.push(Entry { index: index as u64, change });
                            queue.push_back(child);
                            started += 1;
                        }
                    }
                }
                found.add(&r);
            }
            (!cut, Some(bound))
        }
    };
    let mut outcomes = found.outcomes;
    // Most frequent first; the sort is stable, so ties stay in the order found.
    outcomes.sort_by_key(|o| std::cmp::Reverse(o.count));
    Exploration { runs: found.runs, exhaustive, bound, outcomes }
}

/// The decisions other than the default at a decision point.
fn alternatives(point: Point) -> Vec<Change> {
    match point {
        Point::Switch { .. } => vec![Change::Switch],
        Point::Pick { candidates } => (1..candidates).map(Change::Pick).collect(),
    }
}

fn with_policy(settings: &Settings, schedule: PolicyKind, record_points: bool) -> Settings {
    Settings { schedule, record_points, record_lines: false, ..settings.clone() }
}

#[derive(Default)]
struct Found {
    runs: u64,
    outcomes: Vec<Outcome>,
}

impl Found {
    fn add(&mut self, r: &Run) {
        self.runs += 1;
        let stderr = without_notes(r.stderr());
        let same = |o: &&mut Outcome| o.exit == r.exit && o.stdout == r.stdout() && o.stderr == stderr;
        match self.outcomes.iter_mut().find(same) {
            Some(o) => {
                o.count += 1;
                if r.schedule.changes.len() < o.schedule.changes.len() {
                    o.schedule = r.schedule.clone();
                }
            }
            None => self.outcomes.push(Outcome {
                count: 1,
                exit: r.exit,
                stdout: r.stdout().to_string(),
                stderr,
                schedule: r.schedule.clone(),
            }),
        }
    }
}

/// stderr without threadplay's own notes (`[threadplay: …]`, which may span lines).
pub fn without_notes(stderr: &str) -> String {
    let mut out = String::with_capacity(stderr.len());
    let mut rest = stderr;
    while let Some(start) = rest.find("[threadplay:") {
        let at_line_start = start == 0 || rest[..start].ends_with('\n');
        let Some(len) = rest[start..].find("]\n").filter(|_| at_line_start) else {
            out.push_str(&rest[..start + 1]);
            rest = &rest[start + 1..];
            continue;
        };
        out.push_str(&rest[..start]);
        rest = &rest[start + len + 2..];
    }
    out.push_str(rest);
    out
}

/// SplitMix64's output function: well-spread seeds from consecutive numbers.
fn splitmix(x: u64) -> u64 {
    let mut z = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::without_notes;

    #[test]
    fn notes_are_left_out_of_outcomes() {
        assert_eq!(without_notes("a\n[threadplay: deadlock:\n  x\nCPython would hang.]\nb\n"), "a\nb\n");
        assert_eq!(without_notes("x = [threadplay: not a note]\n"), "x = [threadplay: not a note]\n");
        assert_eq!(without_notes("[threadplay: open"), "[threadplay: open");
    }
}
