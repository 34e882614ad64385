//! The code editor: a transparent `<textarea>` over the highlighted code, beside a gutter of
//! line numbers with a coloured mark for each thread standing on a line, and error marks.
//! Typing, selection, undo and the clipboard are the browser's own; Tab, Shift-Tab, Enter and
//! Backspace in the indentation go through `view::editing`.

use yew::prelude::*;

use crate::ui::browser;
use crate::view::editing::{self, byte_to_utf16, utf16_to_byte, Edit};
use crate::view::errors::ErrorMark;
use crate::view::highlight::highlight;
use crate::view::step::Marker;
use crate::view::thread_class;

/// Height of one code line; must equal `--line-height` in the style sheet.
const LINE_HEIGHT_PX: f64 = 21.0;

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    /// The textarea, for the page's own rewrites of the code (see `browser::rewrite_textarea`).
    pub area: NodeRef,
    pub source: String,
    pub markers: Vec<Marker>,
    pub errors: Vec<ErrorMark>,
    /// The thread that took the step just shown.
    pub acting: Option<u32>,
    pub on_edit: Callback<String>,
    pub on_run: Callback<()>,
}

#[function_component]
pub fn Editor(props: &EditorProps) -> Html {
    let area = props.area.clone();
    let scroller = use_node_ref();
    let lines = use_memo(props.source.clone(), |s| highlight(s));
    let acting_line = props.markers.iter().find(|m| m.acting).map(|m| (m.line, m.thread));

    // Keep the line of the thread that just moved in view while stepping, but never scroll
    // away from where the learner is typing (a rerun after an edit ends on some line too).
    {
        let (scroller, area) = (scroller.clone(), area.clone());
        use_effect_with(acting_line.map(|(line, _)| line), move |line| {
            let typing = area.get().is_some_and(|a| browser::has_focus(&a));
            if let (Some(line), Some(el), false) = (*line, scroller.cast::<web_sys::Element>(), typing) {
                let top = f64::from(line.saturating_sub(1)) * LINE_HEIGHT_PX;
                let (view_top, view_height) = (f64::from(el.scroll_top()), f64::from(el.client_height()));
                if top < view_top || top + 2.0 * LINE_HEIGHT_PX > view_top + view_height {
                    el.set_scroll_top((top - view_height / 3.0).max(0.0) as i32);
                }
            }
        });
    }

    let oninput = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |e: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            on_edit.emit(area.value());
        })
    };
    let onkeydown = {
        let (area, on_run) = (area.clone(), props.on_run.clone());
        Callback::from(move |e: KeyboardEvent| {
            let Some(el) = area.cast::<web_sys::HtmlTextAreaElement>() else { return };
            let key = e.key();
            if key == "Escape" {
                let _ = el.blur();
                return;
            }
            if key == "Enter" && (e.ctrl_key() || e.meta_key()) {
                e.prevent_default();
                e.stop_propagation();
                on_run.emit(());
                return;
            }
            if e.ctrl_key() || e.meta_key() || e.alt_key() || e.is_composing() {
                return;
            }
            let text = el.value();
            let (start, end) = browser::selection(&el);
            let (start, end) = (utf16_to_byte(&text, start as usize), utf16_to_byte(&text, end as usize));
            let edit: Option<Edit> = match key.as_str() {
                "Tab" if e.shift_key() => Some(editing::dedent(&text, start, end)),
                "Tab" => Some(editing::indent(&text, start, end)),
                "Enter" if !e.shift_key() => Some(editing::newline(&text, start, end)),
                "Backspace" => editing::backspace(&text, start, end),
                _ => None,
            };
            let Some(edit) = edit else { return };
            e.prevent_default();
            let (from, to) = (byte_to_utf16(&text, edit.range.start), byte_to_utf16(&text, edit.range.end));
            browser::replace_in_textarea(&el, from as u32, to as u32, &edit.text);
            let after = edit.apply(&text);
            let (s, t) = (byte_to_utf16(&after, edit.selection.0), byte_to_utf16(&after, edit.selection.1));
            let _ = el.set_selection_range(s as u32, t as u32);
        })
    };

    // The threads at each line, and the first error there (a few of each: a scan per line costs
    // less code than a map).
    let first_error = |n: u32| props.errors.iter().find(|e| e.line == n);
    let gutter = (1..=lines.len() as u32).map(|n| {
        let marks = props
            .markers
            .iter()
            .filter(|m| m.line == n)
            .map(|m| {
                let class = classes!("mark", thread_class(m.thread), m.state.class(), m.acting.then_some("acting"));
                html! { <span class={class}></span> }
            })
            .collect::<Html>();
        let error = first_error(n);
        let title = error.map(|e| e.message.clone());
        html! {
            <div class={classes!("gutter-line", error.map(|_| "has-error"))} title={title} data-line={n.to_string()}>
                <span class="marks">{ marks }</span>
                <span class="num">{ n }</span>
            </div>
        }
    });
    let code = lines.iter().enumerate().map(|(i, spans)| {
        let n = i as u32 + 1;
        let line_class = classes!(
            "code-line",
            props.markers.iter().any(|m| m.line == n).then_some("on-line"),
            acting_line.filter(|(l, _)| *l == n).map(|(_, t)| classes!("acting", thread_class(t))),
            first_error(n).is_some().then_some("error-line"),
        );
        let body: Html = if spans.is_empty() {
            html! { " " }
        } else {
            spans.iter().map(|s| html! { <span class={s.class}>{ s.text.clone() }</span> }).collect()
        };
        html! { <div class={line_class}>{ body }</div> }
    });
    let last_error_line = props.errors.iter().map(|e| e.line).max().unwrap_or(0);
    let callouts = (1..=last_error_line).filter_map(|line| first_error(line).map(|e| (line, e))).map(|(line, e)| {
        // After the line's text, in `ch` of the code font (the callout's own font, see the CSS).
        let index = line.saturating_sub(1);
        let width = lines.get(index as usize).map_or(0, |l| l.iter().map(|s| s.text.chars().count()).sum::<usize>());
        let style =
            format!("top: calc({index} * var(--line-height) + var(--code-pad)); left: calc(14px + {}ch);", width + 2);
        html! { <div class="error-callout" {style}><span>{ format!("line {line}: {}", e.message) }</span></div> }
    });

    html! {
        <div class="editor">
            <div class="editor-scroll" ref={scroller}>
                <div class="gutter" aria-hidden="true">{ for gutter }</div>
                <div class="code">
                    <pre class="highlight" aria-hidden="true">{ for code }</pre>
                    <textarea
                        ref={area}
                        class="input"
                        aria-label="Code editor"
                        spellcheck="false"
                        autocapitalize="off"
                        autocomplete="off"
                        wrap="off"
                        value={props.source.clone()}
                        {oninput}
                        {onkeydown}
                    />
                    // In a box of their own: a callout coming or going must not shift the
                    // textarea's place among its siblings, or Yew would rebuild it and the
                    // learner's focus, caret and typing would be lost.
                    <div class="callouts">{ for callouts }</div>
                </div>
            </div>
            if let Some(first) = props.errors.first() {
                <p class="error-summary" role="status">{ format!("Line {}: {}", first.line, first.message) }</p>
            }
        </div>
    }
}
