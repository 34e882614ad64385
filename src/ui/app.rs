//! The page component: lays out the lesson and the workbench, saves the code on every change,
//! and turns clicks into actions; the timed side effects are in `hooks`.

use std::rc::Rc;

use yew::prelude::*;

use super::browser;
use super::components::{ConsoleView, Controls, DaemonSwitches, Editor, LessonView, ScheduleBar, TimelineView};
use super::hooks::{self, SharedRuns};
use super::state::{Action, State};
use super::Page;
use crate::engine::describe::format_time;
use crate::view::lessons::LessonText;
use crate::view::{self, daemon, errors, step};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub page: Page,
    /// The lesson's text and starting script.
    pub text: LessonText,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let page = &props.page;
    let key = page.lesson.storage_key(page.embed.as_deref());
    let state = use_reducer({
        let (key, code) = (key.clone(), props.text.code.clone());
        move || State::new(browser::load(&key).unwrap_or_else(|| code.to_string()))
    });
    let crashed_before = *use_memo(key.clone(), |key| hooks::crashed_before(key));
    let runs: SharedRuns = use_mut_ref(Default::default);
    {
        // What runs follow and what an exploration must still be of.
        let mut shared = runs.borrow_mut();
        shared.schedule = state.schedule.clone();
        if shared.source != state.source {
            shared.source = state.source.clone();
        }
    }
    hooks::use_rerun(&state, &key, &runs, crashed_before);
    hooks::use_play_timer(&state);
    hooks::use_embed_height(page.embed.clone(), page.lesson.id);

    // The editor's textarea: the page's own rewrites of the code go through it, so that they
    // are steps of its undo history like typing.
    let area = use_node_ref();
    // Changing the code: saved first, so a crash during the run loses nothing.
    let on_edit = {
        let (dispatcher, key) = (state.dispatcher(), key.clone());
        Callback::from(move |source: String| {
            browser::save(&key, &source);
            dispatcher.dispatch(Action::Edit(source));
        })
    };
    let rewrite = {
        let (on_edit, area) = (on_edit.clone(), area.clone());
        move |new: String| match area.cast::<web_sys::HtmlTextAreaElement>() {
            // The textarea's `input` event carries the new text to `on_edit`.
            Some(el) => browser::rewrite_textarea(&el, &new),
            None => on_edit.emit(new),
        }
    };
    let on_switch = {
        let (rewrite, source) = (rewrite.clone(), state.source.clone());
        Callback::from(move |(index, on): (usize, bool)| rewrite(daemon::set_daemon(&source, index, on)))
    };
    let on_reset_code = {
        let (code, source) = (props.text.code.clone(), state.source.clone());
        Callback::from(move |_| {
            // Unchanged code has nothing to lose: no question.
            if *source == *code {
                return;
            }
            if browser::confirm("Replace your code with the lesson's original? Ctrl+Z in the editor brings yours back.")
            {
                rewrite(code.to_string());
            }
        })
    };
    // Run: rerun now when the shown run is of older text, then show its end.
    let on_action = {
        let (dispatcher, key, runs) = (state.dispatcher(), key.clone(), runs.clone());
        let (current, source, edits) = (state.is_current(), state.source.clone(), state.edits);
        Callback::from(move |action: Action| {
            if matches!(action, Action::Run) && !current {
                hooks::run_now(&dispatcher, &runs, &key, &source, edits, true);
            }
            // The page's part comes after the state's, so that a result cannot come before
            // the state knows the work began.
            let explore = if let Action::Explore(bound) = action { Some(bound) } else { None };
            let (stop, stop_explore) = (matches!(action, Action::Stop), matches!(action, Action::StopExplore));
            dispatcher.dispatch(action);
            if stop {
                hooks::stop_run(&runs);
            }
            if let Some(bound) = explore {
                hooks::explore_now(&dispatcher, &runs, &source, bound);
            }
            if stop_explore {
                hooks::stop_explore(&runs);
            }
        })
    };
    hooks::use_shortcuts(on_action.clone(), area.clone());

    let calls = use_memo(state.source.clone(), |source| daemon::thread_calls(source));
    let wiring = Wiring { area, on_edit, on_switch, on_reset_code, on_action };
    let workbench = workbench(&state, &calls, wiring, crashed_before, page.embed.is_some());
    if page.embed.is_some() {
        return html! { <div class="app embed">{ workbench }</div> };
    }
    html! {
        <div class="app">
            <header class="topbar">
                <span class="brand">{ "threadplay" }</span>
                <span class="tagline">{ "Python threads, one step at a time" }</span>
                <nav class="lesson-list" aria-label="Lessons">
                    { for view::lessons::LESSONS.iter().map(|l| {
                        let current = (l.id == page.lesson.id).then_some("page");
                        html! { <a href={format!("?lesson={}", l.id)} aria-current={current}>{ l.short_title() }</a> }
                    }) }
                </nav>
                <a class="to-code" href="#workbench">{ "Go to the code ↓" }</a>
            </header>
            <main class="layout">
                <LessonView markdown={props.text.markdown.clone()}
                    revealed={state.started && state.is_current() && state.len() > 0 && state.step + 1 >= state.len()}
                    original={*state.source == *props.text.code} />
                { workbench }
            </main>
        </div>
    }
}

/// What the workbench's parts call back, and the editor's textarea.
struct Wiring {
    area: NodeRef,
    on_edit: Callback<String>,
    on_switch: Callback<(usize, bool)>,
    on_reset_code: Callback<MouseEvent>,
    on_action: Callback<Action>,
}

/// Step words with each escaped line break (`"main: started\n"`) shown as written but read
/// by a screen reader as "new line" rather than "backslash n".
fn spoken(words: &str) -> Html {
    let mut pieces = words.split("\\n");
    let first = pieces.next().unwrap_or_default().to_string();
    let rest = pieces.map(|piece| {
        html! { <><span aria-hidden="true">{ "\\n" }</span><span class="visually-hidden">{ " new line " }</span>{ piece.to_string() }</> }
    });
    html! { <>{ first }{ for rest }</> }
}

/// The editor, controls, console and timeline.
/// `embed`: the workbench alone, without the lesson's prediction question.
fn workbench(state: &State, calls: &[daemon::ThreadCall], wiring: Wiring, crashed_before: bool, embed: bool) -> Html {
    let Wiring { area, on_edit, on_switch, on_reset_code, on_action } = wiring;
    let recorded = state.recorded.clone();
    let current = state.is_current();
    let k = state.step;
    let trace = recorded.as_ref().map(|r| r.trace());
    let snapshot = trace.map(|t| t.snapshot(k));
    let (markers, error_marks) = match (trace, &snapshot) {
        (Some(t), Some(snap)) if current => {
            let stderr = t.stderr.get(..snap.stderr_len as usize).unwrap_or(&t.stderr);
            (step::markers(t, snap), errors::error_marks(stderr, view::FILENAME, &t.threads))
        }
        _ => (Vec::new(), Vec::new()),
    };
    let acting = trace.and_then(|t| step::acting_thread(t, k));
    let words = match (trace, current, state.running) {
        (_, false, Some(instructions)) => step::running_words(instructions),
        (None, _, _) if crashed_before => {
            "The last run of this code stopped the page, so it was not rerun. Your code is safe: press Run to try again."
                .to_string()
        }
        (None, _, _) => "Preparing the run…".to_string(),
        (Some(_), false, _) => "The code changed: rerunning…".to_string(),
        (Some(_), true, _) if k == 0 && embed => {
            "Before the first step. Press Run to see the whole run, or Step to go one event at a time.".to_string()
        }
        (Some(_), true, _) if k == 0 => {
            "Before the first step. Predict what the program prints, then press Run, or Step to go one event at a time."
                .to_string()
        }
        (Some(t), true, _) => step::step_words(t, k),
    };
    let clock = format_time(snapshot.as_ref().map_or(0, |s| s.time));
    let console = recorded.as_ref().map(|r| {
        let (lines, hidden) = r.console.at(k, state.console_lines);
        let status = (k == r.len() && k > 0).then(|| r.status.clone());
        (lines, hidden, status)
    });
    let names: Rc<Vec<String>> =
        Rc::new(trace.map(|t| t.threads.iter().map(|i| i.name.to_string()).collect()).unwrap_or_default());
    html! {
        <section class="workbench" id="workbench" aria-label="Workbench">
            <div class="toolbar">
                <DaemonSwitches calls={calls.to_vec()} on_switch={on_switch} />
                <button class="quiet" onclick={on_reset_code}>{ "Reset code" }</button>
            </div>
            <Editor
                area={area}
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
                running={!current && state.running.is_some()}
                stale={!current}
                on_action={on_action.clone()}
            />
            <ScheduleBar schedule={state.schedule.clone()} exploring={state.exploring}
                explored={state.explored.clone().filter(|e| e.source == state.source)}
                choice={state.recorded.as_ref().filter(|r| current && k == r.len()).and_then(|r| r.choice.clone()).map(|c| c.1)}
                on_action={on_action.clone()} />
            <p class={classes!("now", (!current).then_some("stale"))} aria-live="polite"
                aria-busy={state.running.is_some().then_some("true")}>{ spoken(&words) }</p>
            <div class={classes!("results", (!current && recorded.is_some()).then_some("stale"))}
                aria-disabled={(!current && recorded.is_some()).then_some("true")}>
            <ConsoleView
                lines={console.as_ref().map(|c| c.0.clone()).unwrap_or_default()}
                hidden={console.as_ref().map_or(0, |c| c.1)}
                status={console.and_then(|c| c.2)}
                names={names}
                waiting={k == 0}
                on_show_more={on_action.reform(|()| Action::ShowMore)}
                reveal={state.run_presses}
            />
            if let Some(recorded) = recorded.filter(|r| !r.timeline.lanes.is_empty()) {
                <TimelineView recorded={recorded} step={k} revealed={state.started}
                    on_goto={on_action.reform(Action::Goto)} />
            }
            </div>
        </section>
    }
}
