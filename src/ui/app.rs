//! The page component: lays out the lesson and the workbench and owns the side effects —
//! running the engine after a pause in typing, saving the code, the play timer, keyboard
//! shortcuts, and (embedded) telling the host page its height.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::{Interval, Timeout};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::browser;
use super::components::{ConsoleView, Controls, DaemonSwitches, Editor, LessonView, TimelineView};
use super::keys;
use super::state::{Action, Recorded, Shared, State};
use super::Page;
use crate::engine::describe::format_time;
use crate::view::{self, daemon, errors, step};

/// Pause after the last keystroke before the code is rerun, in milliseconds.
const RERUN_DELAY_MS: u32 = 350;

/// Set while a run is in progress, to the code's storage key: if the engine ever brings the
/// page down, the next load finds it and does not rerun that code by itself.
const RUNNING_KEY: &str = "threadplay:v1:running";

/// Most console lines drawn at once (older ones are summarised).
const CONSOLE_LINES: usize = 500;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub page: Page,
}

/// Runs `source`, marking the run in storage while it lasts.
fn run_guarded(key: &str, source: &str, edits: u64) -> Shared<Recorded> {
    browser::save(RUNNING_KEY, key);
    let recorded = Recorded::new(source, edits);
    browser::remove(RUNNING_KEY);
    Shared(Rc::new(recorded))
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let page = &props.page;
    let key = page.lesson.storage_key(page.embed.as_deref());
    let state = use_reducer({
        let (key, code) = (key.clone(), page.lesson.code);
        move || State::new(browser::load(&key).unwrap_or_else(|| code.to_string()))
    });
    let crashed_before = use_memo((), {
        let key = key.clone();
        move |_| browser::load(RUNNING_KEY).is_some_and(|k| k == key)
    });
    // The edit number of the latest run started, so a run is never made twice.
    let last_run: Rc<RefCell<Option<u64>>> = use_mut_ref(|| None);

    // Rerun after a pause in typing (at once on load, unless that code crashed the page).
    {
        let (dispatcher, source, key, last_run) =
            (state.dispatcher(), state.source.clone(), key.clone(), last_run.clone());
        let skip = state.edits == 0 && *crashed_before;
        use_effect_with(state.edits, move |&edits| {
            let timeout = (!skip).then(|| {
                let delay = if edits == 0 { 0 } else { RERUN_DELAY_MS };
                Timeout::new(delay, move || {
                    if last_run.borrow().is_some_and(|e| e >= edits) {
                        return;
                    }
                    *last_run.borrow_mut() = Some(edits);
                    let recorded = run_guarded(&key, &source, edits);
                    dispatcher.dispatch(Action::Finished { recorded, show_end: edits > 0 });
                })
            });
            move || drop(timeout)
        });
    }

    // Play: a few steps per timer tick.
    {
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

    // Keyboard shortcuts anywhere on the page.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = Closure::<dyn FnMut(KeyboardEvent)>::new(move |e: KeyboardEvent| {
                if let Some(action) = keys::action_for(&e) {
                    e.prevent_default();
                    dispatcher.dispatch(action);
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

    // Embedded: report the height after every render and on resize.
    {
        let embed = page.embed.clone();
        let lesson = page.lesson.id;
        let last_height = use_mut_ref(|| 0);
        use_effect(move || {
            let post = Rc::new(move || {
                if let Some(position) = &embed {
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

    // Changing the code: saved first, so a crash during the run loses nothing.
    let on_edit = {
        let (dispatcher, key) = (state.dispatcher(), key.clone());
        Callback::from(move |source: String| {
            browser::save(&key, &source);
            dispatcher.dispatch(Action::Edit(source));
        })
    };
    let on_switch = {
        let (on_edit, source) = (on_edit.clone(), state.source.clone());
        Callback::from(move |(index, on): (usize, bool)| on_edit.emit(daemon::set_daemon(&source, index, on)))
    };
    let on_reset_code = {
        let (on_edit, code) = (on_edit.clone(), page.lesson.code);
        Callback::from(move |_| {
            if browser::confirm("Replace your code with the lesson's original? Your changes will be lost.") {
                on_edit.emit(code.to_string());
            }
        })
    };
    // Run: rerun now when the shown run is of older text, then show its end.
    let on_action = {
        let (dispatcher, key, last_run) = (state.dispatcher(), key.clone(), last_run.clone());
        let (current, source, edits) = (state.is_current(), state.source.clone(), state.edits);
        Callback::from(move |action: Action| {
            if matches!(action, Action::Run) && !current && last_run.borrow().is_none_or(|e| e < edits) {
                *last_run.borrow_mut() = Some(edits);
                let recorded = run_guarded(&key, &source, edits);
                dispatcher.dispatch(Action::Finished { recorded, show_end: true });
            }
            dispatcher.dispatch(action);
        })
    };

    let calls = use_memo(state.source.clone(), |source| daemon::thread_calls(source));
    let workbench = workbench(&state, &calls, on_edit, on_switch, on_reset_code, on_action, *crashed_before);
    if page.embed.is_some() {
        return html! { <div class="app embed">{ workbench }</div> };
    }
    html! {
        <div class="app">
            <header class="topbar">
                <span class="brand">{ "threadplay" }</span>
                <span class="tagline">{ "Python threads, one step at a time" }</span>
            </header>
            <main class="layout">
                <LessonView markdown={page.lesson.markdown} revealed={state.started && state.is_current()} />
                { workbench }
            </main>
        </div>
    }
}

/// The editor, controls, console and timeline.
fn workbench(
    state: &State,
    calls: &[daemon::ThreadCall],
    on_edit: Callback<String>,
    on_switch: Callback<(usize, bool)>,
    on_reset_code: Callback<MouseEvent>,
    on_action: Callback<Action>,
    crashed_before: bool,
) -> Html {
    let recorded = state.recorded.clone();
    let current = state.is_current();
    let k = state.step;
    let trace = recorded.as_ref().map(|r| &r.run.trace);
    let snapshot = trace.map(|t| t.snapshot(k));
    let (markers, error_marks) = match (trace, &snapshot) {
        (Some(t), Some(snap)) if current => {
            let stderr = t.stderr.get(..snap.stderr_len as usize).unwrap_or(&t.stderr);
            (step::markers(t, snap), errors::error_marks(stderr, view::FILENAME))
        }
        _ => (Vec::new(), Vec::new()),
    };
    let acting = trace.and_then(|t| step::acting_thread(t, k));
    let words = match (trace, current) {
        (None, _) if crashed_before => {
            "The last run of this code stopped the page, so it was not rerun. Your code is safe: press Run to try again."
                .to_string()
        }
        (None, _) => "Preparing the run…".to_string(),
        (Some(_), false) => "The code changed: rerunning…".to_string(),
        (Some(_), true) if k == 0 => {
            "Before the first step. Predict what the program prints, then press Run, or Step to go one event at a time."
                .to_string()
        }
        (Some(t), true) => step::step_words(t, k),
    };
    let clock = format_time(snapshot.as_ref().map_or(0, |s| s.time));
    let console = recorded.as_ref().map(|r| {
        let (lines, hidden) = r.console.at(k, CONSOLE_LINES);
        let status = (k == r.len() && k > 0).then(|| r.status.clone());
        (lines, hidden, status)
    });
    let names: Rc<Vec<String>> =
        Rc::new(trace.map(|t| t.threads.iter().map(|i| i.name.to_string()).collect()).unwrap_or_default());
    html! {
        <section class="workbench" aria-label="Workbench">
            <div class="toolbar">
                <DaemonSwitches calls={calls.to_vec()} on_switch={on_switch} />
                <button class="quiet" onclick={on_reset_code}>{ "Reset code" }</button>
            </div>
            <Editor
                source={state.source.clone()}
                markers={markers}
                errors={error_marks}
                acting={acting}
                on_edit={on_edit}
                on_run={on_action.reform(|_| Action::Run)}
            />
            <Controls
                step={k}
                len={state.len()}
                playing={state.playing}
                speed={state.speed}
                clock={clock}
                help_open={state.help_open}
                on_action={on_action.clone()}
            />
            <p class={classes!("now", (!current).then_some("stale"))} aria-live="polite">{ words }</p>
            <ConsoleView
                lines={console.as_ref().map(|c| c.0.clone()).unwrap_or_default()}
                hidden={console.as_ref().map_or(0, |c| c.1)}
                status={console.and_then(|c| c.2)}
                names={names}
                waiting={k == 0}
            />
            if let Some(recorded) = recorded.filter(|r| !r.timeline.lanes.is_empty()) {
                <TimelineView recorded={recorded} step={k} on_goto={on_action.reform(Action::Goto)} />
            }
        </section>
    }
}
