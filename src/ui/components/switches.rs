//! One daemon switch per `Thread(...)` call of the script. Each shows what the code says and
//! flipping it rewrites the code (see `view::daemon`).

use yew::prelude::*;

use crate::view::daemon::ThreadCall;

#[derive(Properties, PartialEq)]
pub struct SwitchesProps {
    pub calls: Vec<ThreadCall>,
    /// (index of the call, daemon on).
    pub on_switch: Callback<(usize, bool)>,
}

#[function_component]
pub fn DaemonSwitches(props: &SwitchesProps) -> Html {
    if props.calls.is_empty() {
        return html! { <span class="no-switch">{ "No threading.Thread(...) call in the code." }</span> };
    }
    let switches = props.calls.iter().enumerate().map(|(i, call)| {
        let on = call.daemon == Some(true);
        let onchange = {
            let on_switch = props.on_switch.clone();
            Callback::from(move |e: Event| {
                let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                on_switch.emit((i, input.checked()));
            })
        };
        let state = match call.daemon {
            Some(true) => "True",
            Some(false) => "False",
            None => "computed",
        };
        let title = format!("Line {}: daemon={state}. Flip to rewrite the code and rerun.", call.line);
        html! {
            <label class={classes!("switch", on.then_some("on"), call.daemon.is_none().then_some("unknown"))} title={title}>
                <input type="checkbox" role="switch" checked={on} aria-label={call.label.clone()} {onchange} />
                <span class="track" aria-hidden="true"><span class="knob"></span></span>
                <span class="switch-label">{ call.label.clone() }</span>
                <code class="switch-value" aria-hidden="true">{ format!("={state}") }</code>
            </label>
        }
    });
    html! { <div class="switches" role="group" aria-label="Daemon switches">{ for switches }</div> }
}
