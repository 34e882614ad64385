//! Decisions and the policy that makes them.
//!
//! A **decision point** is a place where another interleaving of the same program could go on:
//! - a **switch point** (a call, a loop's back-edge) reached while another thread is ready: the
//!   running thread goes on, or gives way. The default gives way only when its slice is over.
//! - a **pick**: the running thread blocked, ended or gave way and two or more threads are ready:
//!   which runs next. The default takes the one that has waited longest.
//!
//! Decision points are numbered in the order a run reaches them, so a run is fully determined by
//! its source, settings and **schedule**: the decisions that differ from the default, each by
//! its number. The policy makes every decision, records those that differ, and can follow a
//! recorded schedule (replay); a schedule that stops fitting (the code changed) is left, and
//! the run goes on with the default.

use super::schedule::{Change, Entry, Schedule};

/// Which policy a run follows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum PolicyKind {
    /// CPython's own order: first come, first served; give way when the slice is over.
    #[default]
    Fifo,
    /// Seeded: at each switch point give way with probability 1/64; pick uniformly.
    Random { seed: u64 },
    /// Follow a recorded schedule.
    Replay(Schedule),
    /// Probabilistic concurrency testing (Burckhardt et al., ASPLOS 2010), seeded: each thread
    /// gets a random priority and the highest-priority ready thread runs; at `depth - 1` decision
    /// points drawn among the first `points` the running thread drops below every other.
    Pct { seed: u64, depth: u32, points: u64 },
    /// "You choose": follow the choices made so far (`schedule`, for the first `answered`
    /// decision points), then stop at the next pick after a thread blocked or ended, to ask.
    Manual { schedule: Schedule, answered: u64 },
}

/// A decision point a run reached, for exploring the schedules near a run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Point {
    /// A switch point; `default`: whether the default gives way there.
    Switch { default: bool },
    /// A pick among `candidates` ready threads (the default takes the first).
    Pick { candidates: u32 },
}

/// The policy of one run.
#[derive(Clone, Debug, Default)]
pub struct Policy {
    kind: PolicyKind,
    rng: u64,
    /// The next change of the replayed schedule to apply.
    next: usize,
    /// Decision points reached so far.
    pub decisions: u64,
    /// The decisions made that differ from the default: the run's schedule.
    pub made: Vec<Entry>,
    /// Set when the replayed schedule stopped fitting the program (the note is written once).
    pub diverged_at: Option<u64>,
    /// Every decision point reached, when exploring asks for them.
    pub points: Option<Vec<Point>>,
    /// PCT: each thread's priority (by thread id; 0 until first seen), the decision points at
    /// which the running thread's priority drops, and how many drops there were.
    priorities: Vec<u64>,
    drops: Vec<u64>,
    dropped: u64,
}

impl Policy {
    pub fn new(kind: PolicyKind) -> Self {
        let rng = match &kind {
            PolicyKind::Random { seed } | PolicyKind::Pct { seed, .. } => *seed ^ GOLDEN_GAMMA,
            _ => 0,
        };
        let mut policy = Policy { kind, rng, ..Policy::default() };
        if let PolicyKind::Pct { depth, points, .. } = policy.kind {
            policy.drops = (1..depth.max(1)).map(|_| policy.below(points.max(1))).collect();
        }
        policy
    }

    /// Whether the policy needs to know which threads are ready at a switch point (PCT does).
    pub fn needs_threads(&self) -> bool {
        matches!(self.kind, PolicyKind::Pct { .. })
    }

    /// PCT: the priority of `t`, drawn the first time it is asked for (always above any
    /// priority a drop gives).
    fn priority(&mut self, t: u32) -> u64 {
        let i = t as usize;
        if self.priorities.len() <= i {
            self.priorities.resize(i + 1, 0);
        }
        if self.priorities[i] == 0 {
            self.priorities[i] = 1_000 + self.below(1 << 40);
        }
        self.priorities[i]
    }

    /// PCT at decision `index`: drops the running thread's priority if `index` is a drop point.
    fn pct_drop(&mut self, index: u64, running: u32) {
        if self.drops.contains(&index) {
            self.priority(running);
            self.dropped += 1;
            self.priorities[running as usize] = 1 + self.drops.len() as u64 - self.dropped;
        }
    }

    /// PCT: the position among `ready` of the ready thread with the highest priority.
    fn highest(&mut self, ready: &[u32]) -> usize {
        let mut best = 0;
        for (k, &t) in ready.iter().enumerate() {
            if self.priority(t) > self.priority(ready[best]) {
                best = k;
            }
        }
        best
    }

    pub fn is_fifo(&self) -> bool {
        self.kind == PolicyKind::Fifo && self.points.is_none()
    }

    /// At a switch point with another thread ready: whether the running thread gives way.
    /// `running` and `ready` matter to PCT only.
    pub fn at_switch(&mut self, default: bool, running: u32, ready: &[u32]) -> bool {
        let index = self.decisions;
        self.decisions += 1;
        if let Some(points) = &mut self.points {
            points.push(Point::Switch { default });
        }
        let choice = match self.kind {
            PolicyKind::Fifo => default,
            PolicyKind::Random { .. } => default || self.below(64) == 0,
            PolicyKind::Pct { .. } => {
                self.pct_drop(index, running);
                let top = ready.iter().map(|&t| self.priority(t)).max().unwrap_or(0);
                default || top > self.priority(running)
            }
            PolicyKind::Replay(_) | PolicyKind::Manual { .. } => match self.replayed(index) {
                Some(Change::Switch) => !default,
                Some(Change::Pick(_)) => self.diverge(index, default),
                None => default,
            },
        };
        if choice != default {
            self.made.push((index, Change::Switch).into());
        }
        choice
    }

    /// At a pick among the `ready` threads (two or more): the position of the one to run.
    pub fn pick(&mut self, ready: &[u32]) -> usize {
        let candidates = ready.len();
        let index = self.decisions;
        self.decisions += 1;
        if let Some(points) = &mut self.points {
            points.push(Point::Pick { candidates: candidates as u32 });
        }
        let choice = match self.kind {
            PolicyKind::Fifo => 0,
            PolicyKind::Random { .. } => self.below(candidates as u64) as usize,
            PolicyKind::Pct { .. } => self.highest(ready),
            PolicyKind::Replay(_) | PolicyKind::Manual { .. } => match self.replayed(index) {
                Some(Change::Pick(k)) if (k as usize) < candidates => k as usize,
                Some(_) => self.diverge(index, 0),
                None => 0,
            },
        };
        if choice != 0 {
            self.made.push((index, Change::Pick(choice as u32)).into());
        }
        choice
    }

    /// Whether the learner is to choose at the next decision point (a pick), as "You choose" asks.
    pub fn asks(&self) -> bool {
        matches!(self.kind, PolicyKind::Manual { answered, .. } if self.decisions >= answered)
    }

    /// Whether a replayed schedule has changes the run never reached (it ended sooner).
    pub fn unfinished(&self) -> bool {
        match &self.kind {
            PolicyKind::Replay(s) | PolicyKind::Manual { schedule: s, .. } => self.next < s.changes.len(),
            _ => false,
        }
    }

    /// The schedule that reproduces this run.
    pub fn schedule(&self) -> Schedule {
        Schedule { changes: self.made.clone() }
    }

    /// The replayed change at decision `index`, if the schedule has one there.
    fn replayed(&mut self, index: u64) -> Option<Change> {
        let s = match &self.kind {
            PolicyKind::Replay(s) | PolicyKind::Manual { schedule: s, .. } => s,
            _ => return None,
        };
        let next = *s.changes.get(self.next)?;
        if next.index < index {
            // A change for a decision point of another kind, or none, was passed over.
            self.diverge(index, ());
            return None;
        }
        if next.index > index {
            return None;
        }
        self.next += 1;
        Some(next.change)
    }

    /// The schedule no longer fits: the rest of the run follows the default.
    fn diverge<T>(&mut self, index: u64, default: T) -> T {
        self.diverged_at.get_or_insert(index);
        self.kind = PolicyKind::Fifo;
        default
    }

    /// A number below `n` from the policy's own generator (SplitMix64), never the program's.
    fn below(&mut self, n: u64) -> u64 {
        let z = splitmix(self.rng);
        self.rng = self.rng.wrapping_add(GOLDEN_GAMMA);
        ((z as u128 * n.max(1) as u128) >> 64) as u64
    }
}

/// SplitMix64's increment.
const GOLDEN_GAMMA: u64 = 0x9e37_79b9_7f4a_7c15;

/// SplitMix64: the next output after state `x` (well-spread numbers from consecutive ones).
pub fn splitmix(x: u64) -> u64 {
    let mut z = x.wrapping_add(GOLDEN_GAMMA);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}
