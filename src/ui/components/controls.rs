//! Run, Step back, Step, Reset, Play/Pause with a speed, the scrubber over all steps, the
//! virtual clock, and the keyboard-shortcut help.

use yew::prelude::*;

use crate::ui::keys::SHORTCUTS;
use crate::ui::state::{Action, SPEEDS};

#[derive(Properties, PartialEq)]
pub struct ControlsProps {
    pub step: usize,
    pub len: usize,
    pub playing: bool,
    pub speed: u32,
    /// `t = 10.000 s`.
    pub clock: String,
    pub help_open: bool,
    /// A run of the current code is computing: Stop is offered.
    pub running: bool,
    /// The shown run is of older code: it cannot be stepped through.
    pub stale: bool,
    pub on_action: Callback<Action>,
}

#[function_component]
pub fn Controls(props: &ControlsProps) -> Html {
    let act = |action: fn() -> Action| props.on_action.reform(move |_: MouseEvent| action());
    let on_scrub = props.on_action.reform(|e: InputEvent| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        Action::Goto(input.value().parse().unwrap_or(0))
    });
    let on_speed = props.on_action.reform(|e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        Action::Speed(select.value().parse().unwrap_or(5))
    });
    let (at_start, at_end) = (props.step == 0 || props.stale, props.step >= props.len || props.stale);
    let play_label = if props.playing { "Pause" } else { "Play" };
    let speeds = SPEEDS.iter().map(|&s| {
        html! { <option value={s.to_string()} selected={s == props.speed}>{ format!("{s} steps/s") }</option> }
    });
    html! {
        <div class="controls">
            <div class="buttons" role="toolbar" aria-label="Run controls">
                <button class="primary" onclick={act(|| Action::Run)} title="Run to the end (Ctrl+Enter)">{ "Run" }</button>
                if props.running {
                    <button class="stop" onclick={act(|| Action::Stop)} title="End the run here and keep what it recorded">
                        { "Stop" }
                    </button>
                }
                <button onclick={act(|| Action::Reset)} disabled={at_start} title="Back to the start (Home)">{ "Reset" }</button>
                <button onclick={act(|| Action::Back)} disabled={at_start} title="One step back (←)">{ "Step back" }</button>
                <button onclick={act(|| Action::Step)} disabled={at_end} title="One step forward (→)">{ "Step" }</button>
                <button onclick={act(|| Action::TogglePlay)} aria-label={play_label} aria-pressed={props.playing.to_string()}
                    disabled={props.len == 0 || props.stale} title="Play or pause (Space)">
                    { if props.playing { "❚❚ Pause" } else { "▶ Play" } }
                </button>
                <select aria-label="Speed" onchange={on_speed} title="Play speed">{ for speeds }</select>
                <button class="help-button" aria-label="Keyboard shortcuts" aria-expanded={props.help_open.to_string()}
                    onclick={act(|| Action::ToggleHelp)} title="Keyboard shortcuts (?)">{ "?" }</button>
            </div>
            <div class="position">
                // Not a live region of its own: the step text below announces each step once.
                <output class="clock" aria-label="Virtual clock" aria-live="off">{ props.clock.clone() }</output>
                <input type="range" class="scrubber" aria-label="Position in the run" min="0" max={props.len.to_string()}
                    value={props.step.to_string()} oninput={on_scrub} disabled={props.len == 0 || props.stale}
                    aria-valuetext={format!("step {} of {}, {}", props.step, props.len, props.clock)} />
                <span class="step-count">{ format!("step {} / {}", props.step, props.len) }</span>
            </div>
            if props.help_open {
                <div class="help" role="dialog" aria-label="Keyboard shortcuts">
                    <div class="help-head">
                        <strong>{ "Keyboard shortcuts" }</strong>
                        <button class="quiet" onclick={act(|| Action::CloseHelp)} aria-label="Close">{ "✕" }</button>
                    </div>
                    <dl>
                        { for SHORTCUTS.iter().map(|(k, what)| html! { <><dt><kbd>{ *k }</kbd></dt><dd>{ *what }</dd></> }) }
                    </dl>
                </div>
            }
        </div>
    }
}
