//! The page's side effects as hooks: rerunning after a pause in typing, the play timer,
//! keyboard shortcuts, and (embedded) telling the host page the page's height.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::{Interval, Timeout};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::browser;
use super::keys;
use super::state::{Action, Recorded, Shared, State};

/// Pause after the last keystroke before the code is rerun, in milliseconds.
const RERUN_DELAY_MS: u32 = 350;

/// Set while a run is in progress, to the code's storage key: if the engine ever brings the
/// page down, the next load finds it and does not rerun that code by itself.
const RUNNING_KEY: &str = "threadplay:v1:running";

/// The edit number of the latest run started, shared by the timer and the Run button so that
/// no text is run twice.
pub type LastRun = Rc<RefCell<Option<u64>>>;

/// Whether the last run of the code saved under `key` never finished (it brought the page down).
pub fn crashed_before(key: &str) -> bool {
    browser::load(RUNNING_KEY).is_some_and(|k| k == key)
}

/// Runs `source` unless a run of edit `edits` (or later) was already started; the result goes
/// to the state as `Action::Finished`. Storage marks the run while it lasts.
pub fn run_now(
    state: &UseReducerDispatcher<State>,
    last_run: &LastRun,
    key: &str,
    source: &str,
    edits: u64,
    show_end: bool,
) {
    if last_run.borrow().is_some_and(|e| e >= edits) {
        return;
    }
    *last_run.borrow_mut() = Some(edits);
    browser::save(RUNNING_KEY, key);
    let recorded = Recorded::new(source, edits);
    browser::remove(RUNNING_KEY);
    state.dispatch(Action::Finished { recorded: Shared(Rc::new(recorded)), show_end });
}

/// Reruns the code a moment after each edit, and at once on load (unless `skip_first`).
#[hook]
pub fn use_rerun(state: &UseReducerHandle<State>, key: &str, last_run: &LastRun, skip_first: bool) {
    let (dispatcher, source, key, last_run) =
        (state.dispatcher(), state.source.clone(), key.to_string(), last_run.clone());
    use_effect_with(state.edits, move |&edits| {
        let timeout = (edits > 0 || !skip_first).then(|| {
            let delay = if edits == 0 { 0 } else { RERUN_DELAY_MS };
            Timeout::new(delay, move || run_now(&dispatcher, &last_run, &key, &source, edits, edits > 0))
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

/// Keyboard shortcuts anywhere on the page (see `keys`).
#[hook]
pub fn use_shortcuts(on_action: Callback<Action>) {
    // The listener stays; the callback it calls (which sees the latest state) is replaced on
    // each render.
    let current = use_mut_ref(|| on_action.clone());
    *current.borrow_mut() = on_action;
    use_effect_with((), move |_| {
        let listener = Closure::<dyn FnMut(KeyboardEvent)>::new(move |e: KeyboardEvent| {
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
