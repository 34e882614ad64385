//! The schedule bar: which schedule runs follow ("Schedule": CPython-like, Random with its seed
//! and "New seed", Replay of a schedule loaded from the outcomes), the "Switch points" model,
//! "Explore" with its progress and "Stop", and the "Outcomes" region an exploration fills, each
//! outcome with "Show this run".

use yew::prelude::*;

use crate::engine::sched::policy::PolicyKind;
use crate::ui::state::{Action, Explored, Shared};

#[derive(Properties, PartialEq)]
pub struct ScheduleProps {
    pub schedule: PolicyKind,
    /// Runs done and known of, while exploring.
    pub exploring: Option<(u64, u64)>,
    /// The last exploration of the code shown.
    pub explored: Option<Shared<Explored>>,
    /// "You choose": the threads the learner may run next, when the run waits for a choice.
    pub choice: Option<Vec<String>>,
    pub on_action: Callback<Action>,
}

#[function_component]
pub fn ScheduleBar(props: &ScheduleProps) -> Html {
    let seed = match props.schedule {
        PolicyKind::Random { seed } => Some(seed),
        _ => None,
    };
    let on_schedule = props.on_action.reform(move |e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        Action::SetSchedule(match select.value().as_str() {
            "random" => PolicyKind::Random { seed: seed.unwrap_or(1) },
            "manual" => PolicyKind::Manual { schedule: Default::default(), answered: 0 },
            _ => PolicyKind::Fifo,
        })
    });
    let value = match props.schedule {
        PolicyKind::Fifo => "fifo",
        PolicyKind::Random { .. } | PolicyKind::Pct { .. } => "random",
        PolicyKind::Replay(_) => "replay",
        PolicyKind::Manual { .. } => "manual",
    };
    let replay = matches!(props.schedule, PolicyKind::Replay(_));
    let bound = props.explored.as_ref().map_or(2, |e| e.bound);
    html! {
        <div class="schedule-bar">
            <div class="schedule-controls">
                <label class="field">{ "Schedule " }
                    <select aria-label="Schedule" onchange={on_schedule}>
                        <option value="fifo" selected={value == "fifo"}>{ "CPython-like" }</option>
                        <option value="random" selected={value == "random"}>{ "Random" }</option>
                        <option value="manual" selected={value == "manual"}>{ "You choose" }</option>
                        if replay { <option value="replay" selected=true>{ "Replay" }</option> }
                    </select>
                </label>
                if let Some(seed) = seed {
                    <span class="seed">{ format!("seed {seed}") }</span>
                    <button class="quiet" onclick={props.on_action.reform(move |_| Action::SetSchedule(PolicyKind::Random { seed: seed + 1 }))}>
                        { "New seed" }
                    </button>
                }
                <label class="field">{ "Switch points " }
                    <select aria-label="Switch points">
                        <option selected=true>{ "CPython 3.11 (GIL)" }</option>
                        <option disabled=true>{ "any instruction (free-threaded): coming" }</option>
                    </select>
                </label>
                if let Some((done, planned)) = props.exploring {
                    <progress aria-label="Exploring" max={planned.max(1).to_string()} value={done.to_string()}></progress>
                    <button class="stop" onclick={props.on_action.reform(|_| Action::StopExplore)}>{ "Stop" }</button>
                } else {
                    <button onclick={props.on_action.reform(move |_| Action::Explore(2))}
                        title="Run the code under many schedules and list what it can print">{ "Explore" }</button>
                }
            </div>
            if let Some(names) = &props.choice {
                <div class="choice" role="group" aria-label="Which thread runs next">
                    <span>{ "Which thread runs next?" }</span>
                    { for names.iter().enumerate().map(|(k, name)| html! {
                        <button onclick={props.on_action.reform(move |_| Action::Choose(k))}>{ format!("Run {name} next") }</button>
                    }) }
                </div>
            }
            if let Some(explored) = &props.explored {
                <section class="outcomes" aria-label="Outcomes">
                    <p class="summary">{ explored.summary.clone() }
                        if props.exploring.is_none() {
                            { " " }
                            <button class="quiet" onclick={props.on_action.reform(move |_| Action::Explore(bound + 1))}>
                                { "Explore further" }
                            </button>
                        }
                    </p>
                    <ol>
                        { for explored.outcomes.iter().map(|o| {
                            let schedule = o.schedule.clone();
                            html! {
                                <li class="outcome">
                                    <div class="outcome-head">
                                        <span>{ o.heading.clone() }</span>
                                        <button onclick={props.on_action.reform(move |_| Action::SetSchedule(PolicyKind::Replay(schedule.clone())))}>
                                            { "Show this run" }
                                        </button>
                                    </div>
                                    <pre class="outcome-output">
                                        { for o.lines.iter().map(|(line, differs)| html! {
                                            <@{if *differs { "mark" } else { "span" }}>{ format!("{line}\n") }</@>
                                        }) }
                                    </pre>
                                </li>
                            }
                        }) }
                    </ol>
                </section>
            }
        </div>
    }
}
