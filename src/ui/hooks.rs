//! The page's side effects as hooks: running the code a slice at a time after a pause in
//! typing, the play timer, keyboard shortcuts, and (embedded) telling the host page the page's
//! height.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::{Interval, Timeout};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use super::browser;
use super::keys;
use super::state::{Action, Explored, Recorded, Shared, State};
use crate::engine::explore::{Explorer, Plan};
use crate::engine::modules::Library;
use crate::engine::sched::policy::PolicyKind;
use crate::engine::{Session, Settings};
use crate::view::page_settings;

/// Pause after the last keystroke before the code is rerun, in milliseconds.
const RERUN_DELAY_MS: u32 = 350;

/// Wall-clock time one slice of a run may take before the page yields to the browser, in
/// milliseconds: under a frame, so typing and clicks are answered while a long run goes on.
const SLICE_MS: f64 = 12.0;

/// Instructions run between two looks at the clock (and at the trace's length) within a slice.
const CHUNK: u64 = 20_000;

/// Set while a slice of a run (or the building of its views) is in progress, to the code's
/// storage key: if the engine ever brings the page down, the next load finds it and does not
/// rerun that code by itself.
const RUNNING_KEY: &str = "threadplay:v1:running";

/// The runs the page started, shared by the rerun timer and the Run button.
#[derive(Default)]
pub struct Runs {
    /// The edit number of the latest run started, so that no text is run twice.
    latest: Option<u64>,
    /// The timer of the next slice of the run in progress, and that run: replacing them (a
    /// newer run) cancels the timer and drops the older run; Stop takes the run.
    next_slice: Option<Timeout>,
    job: Option<Job>,
    /// The schedule runs follow (the page's "Schedule" control) and the code shown, kept up
    /// to date by the page.
    pub schedule: PolicyKind,
    pub source: String,
    /// The exploration in progress and the timer of its next slice.
    explore_slice: Option<Timeout>,
    explorer: Option<ExploreJob>,
    /// The modules written in Python fetched so far (the page's build bundles only the few
    /// every run needs).
    library: Library,
}

pub type SharedRuns = Rc<RefCell<Runs>>;

/// A run in progress and where its results go.
struct Job {
    session: Session,
    source: Rc<str>,
    edits: u64,
    show_end: bool,
    key: String,
    state: UseReducerDispatcher<State>,
    runs: SharedRuns,
}

/// Whether the last run of the code saved under `key` never finished (it brought the page down).
pub fn crashed_before(key: &str) -> bool {
    browser::load(RUNNING_KEY).is_some_and(|k| k == key)
}

/// The page's settings, with the schedule the "Schedule" control chose.
fn run_settings(runs: &SharedRuns) -> Settings {
    Settings { schedule: runs.borrow().schedule.clone(), ..page_settings() }
}

/// Starts running `source` unless a run of edit `edits` (or later) was already started, and
/// drops the run in progress. The first slice runs at once; progress and the result go to the
/// state as `Action::Progress` and `Action::Finished`.
pub fn run_now(
    state: &UseReducerDispatcher<State>,
    runs: &SharedRuns,
    key: &str,
    source: &str,
    edits: u64,
    show_end: bool,
) {
    {
        let mut runs = runs.borrow_mut();
        if runs.latest.is_some_and(|e| e >= edits) {
            return;
        }
        runs.latest = Some(edits);
        runs.next_slice = None;
        runs.job = None;
        runs.library.forget_unavailable();
    }
    let session = Session::with_library(source, &run_settings(runs), &runs.borrow().library);
    let (key, state, runs) = (key.to_string(), state.clone(), runs.clone());
    run_slice(Job { session, source: Rc::from(source), edits, show_end, key, state, runs });
}

/// The run stopped because the script imports modules the page has not fetched yet: fetches
/// them all at once (`py/<file>` beside the page), then runs the script again from its start,
/// which gives the same run as if they had been there. A module that cannot be fetched is
/// marked unavailable, so its import raises an error that says why.
fn load_modules_then_rerun(mut job: Job) {
    let modules = job.session.missing_modules().to_vec();
    let fetches: Vec<_> = modules.iter().map(|m| (m.name, browser::start_fetch(&format!("py/{}", m.file)))).collect();
    wasm_bindgen_futures::spawn_local(async move {
        for (name, fetch) in fetches {
            let result = browser::text_of(fetch).await;
            let mut runs = job.runs.borrow_mut();
            match result {
                Ok(text) => runs.library.add(name, &text),
                Err(why) => runs.library.mark_unavailable(
                    name,
                    &format!("threadplay could not load its file of this module: {why}; reload the page to try again"),
                ),
            }
        }
        if job.runs.borrow().latest != Some(job.edits) {
            return; // a newer text is being run
        }
        job.session = Session::with_library(&job.source, &run_settings(&job.runs), &job.runs.borrow().library);
        run_slice(job);
    });
}

/// Runs the job for about `SLICE_MS`, then reports its end, or its progress and sets a timer
/// for the next slice (a timeout of 0 lets the browser handle input and paint in between). The
/// engine ends a run that has recorded `view::PAGE_MAX_STEPS` steps, to keep memory bounded.
fn run_slice(mut job: Job) {
    browser::save(RUNNING_KEY, &job.key);
    let start = js_sys::Date::now();
    let ended = loop {
        if job.session.advance(CHUNK) {
            break true;
        }
        if js_sys::Date::now() - start >= SLICE_MS {
            break false;
        }
    };
    if ended && !job.session.missing_modules().is_empty() {
        browser::remove(RUNNING_KEY);
        load_modules_then_rerun(job);
        return;
    }
    if ended {
        let recorded = Recorded::new(job.session, job.edits);
        browser::remove(RUNNING_KEY);
        job.state.dispatch(Action::Finished { recorded: Shared(Rc::new(recorded)), show_end: job.show_end });
        return;
    }
    browser::remove(RUNNING_KEY);
    job.state.dispatch(Action::Progress { edits: job.edits, instructions: job.session.instructions() });
    let runs = job.runs.clone();
    let next = Timeout::new(0, {
        let runs = runs.clone();
        move || {
            let job = runs.borrow_mut().job.take();
            if let Some(job) = job {
                run_slice(job);
            }
        }
    });
    let mut shared = runs.borrow_mut();
    shared.next_slice = Some(next);
    shared.job = Some(job);
}

/// Stop: ends the run in progress where it stands and shows what it recorded, at its end.
pub fn stop_run(runs: &SharedRuns) {
    let job = {
        let mut runs = runs.borrow_mut();
        runs.next_slice = None;
        runs.job.take()
    };
    if let Some(job) = job {
        let recorded = Recorded::stopped(job.session, job.edits);
        job.state.dispatch(Action::Finished { recorded: Shared(Rc::new(recorded)), show_end: true });
    }
}

/// Most runs one "Explore" makes, and each run's limits (an exploration runs a script hundreds
/// of times: a run that loops is cut short sooner than the page's own run).
const EXPLORE_MAX_RUNS: u64 = 3000;
const EXPLORE_INSTRUCTIONS: u64 = 2_000_000;
const EXPLORE_STEPS: usize = 50_000;

/// An exploration in progress and where its results go.
struct ExploreJob {
    explorer: Explorer,
    source: String,
    bound: u32,
    state: UseReducerDispatcher<State>,
    runs: SharedRuns,
}

/// "Explore": runs `source` under every schedule with at most `bound` changes from CPython's
/// order (at most `EXPLORE_MAX_RUNS` runs), a slice at a time; progress and the outcomes go to
/// the state. An exploration already going is dropped.
pub fn explore_now(state: &UseReducerDispatcher<State>, runs: &SharedRuns, source: &str, bound: u32) {
    let settings = Settings {
        max_instructions: EXPLORE_INSTRUCTIONS,
        max_steps: EXPLORE_STEPS,
        record_lines: false,
        ..page_settings()
    };
    let plan = Plan::Systematic { bound, max_runs: Some(EXPLORE_MAX_RUNS) };
    let explorer = Explorer::new(source, &settings, plan, runs.borrow().library.clone());
    {
        let mut runs = runs.borrow_mut();
        runs.explore_slice = None;
        runs.explorer = None;
    }
    let (state, runs) = (state.clone(), runs.clone());
    explore_slice(ExploreJob { explorer, source: source.to_string(), bound, state, runs });
}

/// Stop: ends the exploration in progress and shows what it found.
pub fn stop_explore(runs: &SharedRuns) {
    let job = {
        let mut runs = runs.borrow_mut();
        runs.explore_slice = None;
        runs.explorer.take()
    };
    if let Some(job) = job {
        finish_explore(job);
    }
}

fn explore_slice(mut job: ExploreJob) {
    if job.runs.borrow().source != job.source {
        return; // the code changed: the exploration is of no use
    }
    let start = js_sys::Date::now();
    let done = loop {
        if job.explorer.step(1) {
            break true;
        }
        if js_sys::Date::now() - start >= SLICE_MS {
            break false;
        }
    };
    if done {
        finish_explore(job);
        return;
    }
    job.state.dispatch(Action::ExploreProgress { runs: job.explorer.runs(), planned: job.explorer.planned() });
    let runs = job.runs.clone();
    let next = Timeout::new(0, {
        let runs = runs.clone();
        move || {
            let job = runs.borrow_mut().explorer.take();
            if let Some(job) = job {
                explore_slice(job);
            }
        }
    });
    let mut shared = runs.borrow_mut();
    shared.explore_slice = Some(next);
    shared.explorer = Some(job);
}

fn finish_explore(job: ExploreJob) {
    let (summary, outcomes) = crate::view::outcomes::outcomes(&job.explorer.result());
    let explored = Explored { source: job.source, bound: job.bound, summary, outcomes };
    job.state.dispatch(Action::Explored(Shared(Rc::new(explored))));
}

/// Reruns the code a moment after each edit, and at once on load (unless `skip_first`).
#[hook]
pub fn use_rerun(state: &UseReducerHandle<State>, key: &str, runs: &SharedRuns, skip_first: bool) {
    let (dispatcher, source, key, runs) = (state.dispatcher(), state.source.clone(), key.to_string(), runs.clone());
    use_effect_with(state.edits, move |&edits| {
        let timeout = (edits > 0 || !skip_first).then(|| {
            let delay = if edits == 0 { 0 } else { RERUN_DELAY_MS };
            Timeout::new(delay, move || run_now(&dispatcher, &runs, &key, &source, edits, edits > 0))
        });
        move || drop(timeout)
    });
}

/// While playing, a few steps per timer tick.
#[hook]
pub fn use_play_timer(state: &UseReducerHandle<State>) {
    let dispatcher = state.dispatcher();
    use_effect_with((state.playing, state.speed), move |&(playing, speed)| {
        let interval = playing.then(|| {
            let period = (1000 / speed.max(1)).max(16);
            let per_tick = (speed * period / 1000).max(1) as usize;
            Interval::new(period, move || dispatcher.dispatch(Action::Tick(per_tick)))
        });
        move || drop(interval)
    });
}

/// Keyboard shortcuts anywhere on the page (see `keys`), and undo and redo of the code in
/// `editor` (its textarea) from outside it.
#[hook]
pub fn use_shortcuts(on_action: Callback<Action>, editor: NodeRef) {
    // The listener stays; the callback it calls (which sees the latest state) is replaced on
    // each render.
    let current = use_mut_ref(|| on_action.clone());
    *current.borrow_mut() = on_action;
    use_effect_with((), move |_| {
        let listener = Closure::<dyn FnMut(KeyboardEvent)>::new(move |e: KeyboardEvent| {
            if let (Some(redo), Some(area)) = (keys::history_key(&e), editor.cast::<HtmlTextAreaElement>()) {
                e.prevent_default();
                browser::undo_in_textarea(&area, redo);
                return;
            }
            if let Some(action) = keys::action_for(&e) {
                e.prevent_default();
                current.borrow().emit(action);
            }
        });
        let document = web_sys::window().and_then(|w| w.document());
        if let Some(d) = &document {
            let _ = d.add_event_listener_with_callback("keydown", listener.as_ref().unchecked_ref());
        }
        move || {
            if let Some(d) = document {
                let _ = d.remove_event_listener_with_callback("keydown", listener.as_ref().unchecked_ref());
            }
        }
    });
}

/// Embedded (`position` is `Some`): posts the page's height to the host after every render and
/// on resize, when it changed.
#[hook]
pub fn use_embed_height(position: Option<String>, lesson: &'static str) {
    let last_height = use_mut_ref(|| 0);
    use_effect(move || {
        let post = Rc::new(move || {
            if let Some(position) = &position {
                let height = browser::content_height();
                if *last_height.borrow() != height {
                    *last_height.borrow_mut() = height;
                    browser::post_height(height, lesson, position);
                }
            }
        });
        post();
        let on_resize = Closure::<dyn FnMut()>::new({
            let post = post.clone();
            move || post()
        });
        let window = web_sys::window();
        if let Some(w) = &window {
            let _ = w.add_event_listener_with_callback("resize", on_resize.as_ref().unchecked_ref());
        }
        move || {
            if let Some(w) = window {
                let _ = w.remove_event_listener_with_callback("resize", on_resize.as_ref().unchecked_ref());
            }
        }
    });
}
