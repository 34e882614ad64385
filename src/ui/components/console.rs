//! The console: output so far, one row per line with its virtual time and thread, stderr in the
//! error style, the newest line highlighted, and the run's status line at the end.

use std::rc::Rc;

use yew::prelude::*;

use crate::ui::state::MORE_LINES;
use crate::view::console::ShownLine;
use crate::view::thread_class;

#[derive(Properties, PartialEq)]
pub struct ConsoleProps {
    pub lines: Vec<ShownLine>,
    /// Earlier lines not drawn.
    pub hidden: usize,
    pub status: Option<String>,
    /// Thread names by id.
    pub names: Rc<Vec<String>>,
    /// Nothing has run yet (position 0).
    pub waiting: bool,
    /// Draw more of the earlier lines.
    pub on_show_more: Callback<()>,
    /// Bumped by each press of Run: once that run's end is shown, the console is scrolled into
    /// the window if it is not in it.
    pub reveal: u64,
}

#[function_component]
pub fn ConsoleView(props: &ConsoleProps) -> Html {
    let log = use_node_ref();
    // Keep the newest output in view, and after Run, once that run's end is shown, bring the
    // console into the window if it is not in it.
    {
        let (log, revealed) = (log.clone(), use_mut_ref(|| 0u64));
        let ended = props.status.is_some();
        use_effect_with(
            (props.lines.len(), props.status.clone(), props.lines.last().map(|l| l.text.len()), props.reveal),
            move |&(_, _, _, reveal)| {
                let Some(el) = log.cast::<web_sys::Element>() else { return };
                el.set_scroll_top(el.scroll_height());
                if ended && reveal != *revealed.borrow() {
                    *revealed.borrow_mut() = reveal;
                    let rect = el.get_bounding_client_rect();
                    let height = web_sys::window().and_then(|w| w.inner_height().ok()).and_then(|h| h.as_f64());
                    if rect.top() < 0.0 || height.is_some_and(|h| rect.bottom() > h) {
                        // Its bottom (the newest lines) at the window's bottom.
                        el.scroll_into_view_with_bool(false);
                    }
                }
            },
        );
    }
    let rows = props.lines.iter().map(|line| {
        // threadplay's own notes are labelled as its, not as the thread's that was running.
        let name = match line.own {
            true => "threadplay".to_string(),
            false => {
                props.names.get(line.thread as usize).cloned().unwrap_or_else(|| format!("thread #{}", line.thread))
            }
        };
        // A row that goes on from the same step (a traceback) leaves its time and thread blank.
        let who = match (line.own, line.continues) {
            (true, _) => classes!("who", "own"),
            (false, continues) => classes!("who", continues.then_some("continued"), thread_class(line.thread)),
        };
        // A piece of a line another thread began stands where it is in that line: the text
        // before it is drawn invisibly (and not read out).
        let piece = !line.lead.is_empty();
        let class = classes!(
            "line",
            line.stderr.then_some("stderr"),
            line.newest.then_some("newest"),
            piece.then(|| classes!("piece", thread_class(line.thread)))
        );
        html! {
            <div class={class}>
                <span class="time">{ if line.continues { "" } else { &line.time } }</span>
                <span class={who} title={(!line.continues).then(|| name.clone())}>
                    if line.continues {} else if line.own { { name } } else { { shown_name(&name) } }
                </span>
                <span class="text">
                    <span class="lead" aria-hidden="true">{ line.lead.clone() }</span>
                    <span class="piece-text">{ line.text.clone() }</span>
                </span>
            </div>
        }
    });
    let empty = props.lines.is_empty() && props.status.is_none();
    html! {
        <div class="console" role="log" aria-label="Console" ref={log}>
            if props.hidden > 0 {
                <div class="line note">
                    { format!("{} earlier lines are not shown. ", props.hidden) }
                    <button class="quiet more" onclick={props.on_show_more.reform(|_| ())}>
                        { if props.hidden <= MORE_LINES { "Show them".to_string() } else { format!("Show {MORE_LINES} more") } }
                    </button>
                </div>
            }
            { for rows }
            if empty {
                <div class="line note">{ if props.waiting { "Output appears here as the program runs." } else { "No output yet." } }</div>
            }
            if let Some(status) = &props.status {
                <div class="line status">{ status.clone() }</div>
            }
        </div>
    }
}

/// A thread's name, shortened for a desktop and for a phone column (the style sheet shows one).
pub fn shown_name(name: &str) -> Html {
    let (wide, narrow) = crate::view::name_variants(name);
    html! { <><span class="name-wide">{ wide }</span><span class="name-narrow">{ narrow }</span></> }
}
