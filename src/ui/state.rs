//! The page's state as plain data, changed only by `Action`s (Yew's `Reducible`): the editor
//! text, the latest recorded run, where the learner stands in it, and the play controls.
//! Running the engine is a side effect and lives in `hooks.rs`; a run reports its progress as
//! `Action::Progress` and its result as `Action::Finished`, both dropped when the text changed
//! since that run began.

use std::rc::Rc;

use yew::Reducible;

use crate::engine::sched::policy::PolicyKind;
use crate::engine::sched::schedule::Change;
use crate::engine::trace::{StepKind, Trace};
use crate::engine::Session;
use crate::view::console::{status_line, stopped_line, Console};
use crate::view::outcomes::OutcomeView;
use crate::view::timeline::Timeline;

/// An `Rc` compared by identity, so components holding a run re-render only for a new run.
#[derive(Debug)]
pub struct Shared<T>(pub Rc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(self.0.clone())
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// One recorded run and the view models built from it once.
pub struct Recorded {
    /// The edit number of the text that was run (see `State::edits`).
    pub edits: u64,
    /// The finished run (the engine stops a runaway one at `view::PAGE_MAX_STEPS` steps).
    session: Session,
    pub console: Console,
    pub timeline: Timeline,
    /// The console's final status line.
    pub status: String,
    /// "You choose": the run stopped to ask which thread runs next: the decision point's
    /// number and the candidates, each with the name its button gives it.
    pub choice: Option<(u64, Vec<String>)>,
}

impl Recorded {
    /// Builds the views of a run of edit `edits` that finished or that the page stopped.
    pub fn new(session: Session, edits: u64) -> Self {
        let trace = session.trace();
        let console = Console::new(trace);
        let timeline = Timeline::new(trace);
        let choice = session
            .awaiting_choice()
            .map(|(index, candidates)| (index, crate::view::step::choice_names(trace, candidates)));
        let status = match choice {
            Some(_) => "Which thread runs next? You choose: pick one below.".to_string(),
            None => status_line(trace, if session.is_done() { trace.exit() } else { None }),
        };
        Recorded { edits, session, console, timeline, status, choice }
    }

    /// Builds the views of a run the learner stopped (Stop) before it ended.
    pub fn stopped(session: Session, edits: u64) -> Self {
        let mut recorded = Recorded::new(session, edits);
        recorded.status = stopped_line(recorded.trace());
        recorded
    }

    /// The whole trace, or the part up to where the page stopped the run.
    pub fn trace(&self) -> &Trace {
        self.session.trace()
    }

    pub fn len(&self) -> usize {
        self.trace().len()
    }
}

/// An exploration's results, for the code it explored.
pub struct Explored {
    pub source: String,
    pub bound: u32,
    pub summary: String,
    pub outcomes: Vec<OutcomeView>,
}

/// Console lines drawn at first (older ones are summarised), and how many more each press of
/// "Show" adds.
pub const CONSOLE_LINES: usize = 500;
pub const MORE_LINES: usize = 5000;

/// Play speeds offered, in steps per second.
pub const SPEEDS: &[u32] = &[2, 5, 10, 30, 100, 1000];

#[derive(Clone)]
pub struct State {
    pub source: String,
    /// Counts edits of the text; a run's result is kept only if no edit came after it began.
    pub edits: u64,
    pub recorded: Option<Shared<Recorded>>,
    /// Steps taken: 0 is before the program starts, `len` is the end.
    pub step: usize,
    /// Whether the learner has run or stepped yet (the lesson's prediction is open until then).
    pub started: bool,
    pub playing: bool,
    /// Steps per second while playing.
    pub speed: u32,
    pub help_open: bool,
    /// A run was asked for and the text changed since the shown run.
    pub run_requested: bool,
    /// Instructions run so far by the run of the current text, while it is still going.
    pub running: Option<u64>,
    /// Presses of Run so far (the console comes into view after each).
    pub run_presses: u64,
    /// How many of the last console lines are drawn.
    pub console_lines: usize,
    /// Who decides which thread runs when (the "Schedule" control).
    pub schedule: PolicyKind,
    /// An exploration in progress: runs done, runs known of.
    pub exploring: Option<(u64, u64)>,
    pub explored: Option<Shared<Explored>>,
}

pub enum Action {
    /// The learner changed the code (typing, a switch, "Reset code").
    Edit(String),
    /// The run of edit `edits` is still going, `instructions` into it.
    Progress {
        edits: u64,
        instructions: u64,
    },
    /// A run finished; `show_end` moves to its end (after an edit or the Run button).
    Finished {
        recorded: Shared<Recorded>,
        show_end: bool,
    },
    /// "Run": show the whole run (the page reruns first if the text changed).
    Run,
    /// "Stop": end the run in progress where it stands and show what it recorded (the page
    /// does it; the state only sees the `Finished` that follows).
    Stop,
    Step,
    Back,
    /// Back to before the first step.
    Reset,
    ToEnd,
    Goto(usize),
    TogglePlay,
    /// One tick of the play timer, `n` steps.
    Tick(usize),
    Speed(u32),
    ToggleHelp,
    CloseHelp,
    /// Draw `MORE_LINES` more of the console's earlier lines.
    ShowMore,
    /// Run the code under this schedule from now on (and show the run's end).
    SetSchedule(PolicyKind),
    /// "You choose": run the k-th of the threads offered next.
    Choose(usize),
    /// "Explore" (schedules with at most this many changes) and its "Stop": the page starts and
    /// stops the exploration; the state shows its progress and result.
    Explore(u32),
    StopExplore,
    ExploreProgress {
        runs: u64,
        planned: u64,
    },
    Explored(Shared<Explored>),
}

impl State {
    pub fn new(source: String) -> Self {
        State {
            source,
            edits: 0,
            recorded: None,
            step: 0,
            started: false,
            playing: false,
            speed: 5,
            help_open: false,
            run_requested: false,
            running: None,
            run_presses: 0,
            console_lines: CONSOLE_LINES,
            schedule: PolicyKind::Fifo,
            exploring: None,
            explored: None,
        }
    }

    /// Steps in the shown run.
    pub fn len(&self) -> usize {
        self.recorded.as_ref().map_or(0, |r| r.len())
    }

    /// Whether the shown run is of the current text.
    pub fn is_current(&self) -> bool {
        self.recorded.as_ref().is_some_and(|r| r.edits == self.edits)
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        // The shown run is of older text while a run computes: it cannot be stepped through.
        let stepping = matches!(
            action,
            Action::Step | Action::Back | Action::Reset | Action::ToEnd | Action::Goto(_) | Action::TogglePlay
        );
        if (stepping && !self.is_current()) || matches!(action, Action::Stop | Action::StopExplore) {
            return self;
        }
        let mut s = (*self).clone();
        let len = s.len();
        match action {
            Action::Edit(source) => {
                if source == s.source {
                    return self;
                }
                s.source = source;
                s.edits += 1;
                s.exploring = None;
                s.playing = false;
                s.running = None;
            }
            Action::Progress { edits, instructions } => {
                if edits != s.edits {
                    return self;
                }
                s.running = Some(instructions);
            }
            Action::Finished { recorded, show_end } => {
                if recorded.edits != s.edits {
                    return self; // an older text's run
                }
                let len = recorded.len();
                // A script that never started (a syntax error) shows its message at once.
                let never_started = !recorded.trace().steps.iter().any(|st| matches!(st.kind, StepKind::Line { .. }));
                let show_end = show_end || s.run_requested || never_started;
                s.step = if show_end { len } else { s.step.min(len) };
                s.started |= show_end;
                s.run_requested = false;
                s.running = None;
                s.recorded = Some(recorded);
            }
            Action::Run => {
                s.run_presses += 1;
                s.started = true;
                s.playing = false;
                if s.is_current() {
                    s.step = len;
                } else {
                    s.run_requested = true;
                }
            }
            Action::Step => {
                s.started = true;
                s.playing = false;
                s.step = (s.step + 1).min(len);
            }
            Action::Back => {
                s.started = true;
                s.playing = false;
                s.step = s.step.saturating_sub(1);
            }
            Action::Reset => {
                s.playing = false;
                s.step = 0;
            }
            Action::ToEnd => {
                s.started = true;
                s.playing = false;
                s.step = len;
            }
            Action::Goto(k) => {
                s.started = true;
                s.step = k.min(len);
            }
            Action::TogglePlay => {
                s.started = true;
                s.playing = !s.playing && len > 0;
                if s.playing && s.step >= len {
                    s.step = 0;
                }
            }
            Action::Tick(n) => {
                if !s.playing {
                    return self;
                }
                s.step = (s.step + n).min(len);
                s.playing = s.step < len;
            }
            Action::Speed(speed) => s.speed = speed.max(1),
            Action::Stop | Action::StopExplore => {}
            Action::ShowMore => s.console_lines = s.console_lines.saturating_add(MORE_LINES),
            Action::Choose(k) => {
                let (Some((index, _)), PolicyKind::Manual { schedule, .. }) =
                    (s.recorded.as_ref().and_then(|r| r.choice.clone()), &s.schedule)
                else {
                    return self;
                };
                let mut schedule = schedule.clone();
                if k > 0 {
                    schedule.changes.push((index, Change::Pick(k as u32)).into());
                }
                s.schedule = PolicyKind::Manual { schedule, answered: index + 1 };
                s.edits += 1;
                s.playing = false;
                s.running = None;
                s.run_requested = true;
            }
            Action::SetSchedule(kind) => {
                s.schedule = kind;
                s.edits += 1;
                s.playing = false;
                s.running = None;
                s.run_requested = true;
                s.started = true;
            }
            Action::Explore(_) => s.exploring = Some((0, 1)),
            Action::ExploreProgress { runs, planned } => {
                if s.exploring.is_none() {
                    return self;
                }
                s.exploring = Some((runs, planned));
            }
            Action::Explored(explored) => {
                if explored.source != s.source {
                    return self; // of code since changed
                }
                s.exploring = None;
                s.explored = Some(explored);
            }
            Action::ToggleHelp => s.help_open = !s.help_open,
            Action::CloseHelp => s.help_open = false,
        }
        Rc::new(s)
    }
}
