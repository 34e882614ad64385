//! Explore: run a program under many schedules and group the runs by outcome — what it printed
//! (without threadplay's own `[threadplay: …]` notes), its exit status and how it stopped — each
//! outcome with its count and the schedule with the fewest changes that produced it, so that any
//! outcome can be replayed. Only outcomes and schedules are kept, never the runs' traces.
//!
//! - **Systematic**, with a bound k: every schedule with at most k decisions that differ from the
//!   default, breadth first (k = 0 is the default run alone). "Exhaustive" when all of them ran.
//! - **Sampled**: n runs alternating PCT (depth 3) and the seeded random policy, seeds derived
//!   from one seed; PCT's number of decision points comes from a first, default run.

use super::modules::Library;
use super::sched::policy::{splitmix, Point, PolicyKind};
use super::sched::schedule::{Change, Entry, Schedule};
use super::trace::Exit;
use super::{Run, Session, Settings};
use std::collections::VecDeque;

/// How to explore.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plan {
    /// Every schedule with at most `bound` changes, stopping after `max_runs` runs if given.
    Systematic { bound: u32, max_runs: Option<u64> },
    /// `runs` runs alternating PCT (depth 3) and the random policy, with seeds derived from `seed`.
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

/// Explores `source` under `settings` (its `schedule` is replaced by each run's) at once.
pub fn explore(source: &str, settings: &Settings, plan: Plan) -> Exploration {
    let mut explorer = Explorer::new(source, settings, plan, Library::default());
    while !explorer.step(u64::MAX) {}
    explorer.result()
}

/// An exploration in progress, run a few runs at a time (the page runs it between frames).
pub struct Explorer {
    source: String,
    settings: Settings,
    plan: Plan,
    library: Library,
    found: Found,
    /// Systematic: the schedules still to run, fewest changes first.
    queue: VecDeque<Schedule>,
    /// Systematic: the schedules queued so far (the default's included).
    queued: u64,
    cut: bool,
    /// Sampled: the decision points of the default run (PCT draws its drop points among them).
    points: Option<u64>,
}

impl Explorer {
    pub fn new(source: &str, settings: &Settings, plan: Plan, library: Library) -> Self {
        Explorer {
            source: source.to_string(),
            settings: settings.clone(),
            plan,
            library,
            found: Found::default(),
            queue: VecDeque::from([Schedule::default()]),
            queued: 1,
            cut: false,
            points: None,
        }
    }

    /// Runs at most `n` more runs; true once the exploration is over.
    pub fn step(&mut self, n: u64) -> bool {
        for _ in 0..n {
            match self.plan {
                Plan::Sampled { runs, seed } => {
                    if self.found.runs >= runs {
                        return true;
                    }
                    let points = match self.points {
                        Some(p) => p,
                        None => {
                            let p = self.run(PolicyKind::Fifo, true).points.len() as u64;
                            *self.points.insert(p)
                        }
                    };
                    let seed = splitmix(seed.wrapping_add(self.found.runs));
                    let kind = if self.found.runs.is_multiple_of(2) {
                        PolicyKind::Pct { seed, depth: 3, points }
                    } else {
                        PolicyKind::Random { seed }
                    };
                    let r = self.run(kind, false);
                    self.found.add(&r);
                }
                Plan::Systematic { bound, max_runs } => {
                    let Some(schedule) = self.queue.pop_front() else { return true };
                    let changes = schedule.changes.len() as u32;
                    let r = self.run(PolicyKind::Replay(schedule.clone()), changes < bound);
                    if changes < bound {
                        self.enqueue_children(&schedule, &r.points, max_runs);
                    }
                    self.found.add(&r);
                }
            }
        }
        self.is_done()
    }

    pub fn is_done(&self) -> bool {
        match self.plan {
            Plan::Sampled { runs, .. } => self.found.runs >= runs,
            Plan::Systematic { .. } => self.queue.is_empty(),
        }
    }

    /// Runs so far.
    pub fn runs(&self) -> u64 {
        self.found.runs
    }

    /// Runs in all, as far as known (a systematic exploration learns of more as it goes).
    pub fn planned(&self) -> u64 {
        match self.plan {
            Plan::Sampled { runs, .. } => runs,
            Plan::Systematic { .. } => self.queued,
        }
    }

    /// The outcomes so far; exhaustive only once every schedule within the bound ran.
    pub fn result(&self) -> Exploration {
        // Most frequent first, ties in the order found (an insertion sort: outcomes are few, and
        // std's sorts weigh kilobytes in the page's bundle).
        let mut outcomes: Vec<Outcome> = Vec::with_capacity(self.found.outcomes.len());
        for o in &self.found.outcomes {
            let at = outcomes.iter().position(|p| p.count < o.count).unwrap_or(outcomes.len());
            outcomes.insert(at, o.clone());
        }
        let (exhaustive, bound) = match self.plan {
            Plan::Sampled { .. } => (false, None),
            Plan::Systematic { bound, .. } => (self.queue.is_empty() && !self.cut, Some(bound)),
        };
        Exploration { runs: self.found.runs, exhaustive, bound, outcomes }
    }

    fn run(&self, schedule: PolicyKind, record_points: bool) -> Run {
        let settings = Settings { schedule, record_points, record_lines: false, ..self.settings.clone() };
        Session::with_library(&self.source, &settings, &self.library).into_run()
    }

    /// Queues every schedule with one change more than `schedule`, after its last change.
    fn enqueue_children(&mut self, schedule: &Schedule, points: &[Point], max_runs: Option<u64>) {
        let from = schedule.changes.last().map_or(0, |e| e.index + 1);
        for (index, point) in points.iter().enumerate().skip(from as usize) {
            for change in alternatives(*point) {
                if max_runs.is_some_and(|m| self.queued >= m) {
                    self.cut = true;
                    return;
                }
                let mut child = schedule.clone();
                child.changes.push(Entry { index: index as u64, change });
                self.queue.push_back(child);
                self.queued += 1;
            }
        }
    }
}

/// The decisions other than the default at a decision point.
fn alternatives(point: Point) -> Vec<Change> {
    match point {
        Point::Switch { .. } => vec![Change::Switch],
        Point::Pick { candidates } => (1..candidates).map(Change::Pick).collect(),
    }
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
