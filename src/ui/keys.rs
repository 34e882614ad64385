//! Keyboard shortcuts of the whole page, and the list the help popover shows.

use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent};

use super::state::Action;

/// (keys, what they do), for the help popover.
pub const SHORTCUTS: &[(&str, &str)] = &[
    ("Ctrl + Enter", "Run: show the whole run (also in the editor)"),
    ("→ or .", "Step forward"),
    ("← or ,", "Step back"),
    ("Home", "Reset to before the first step"),
    ("End", "Jump to the end"),
    ("Space or K", "Play / Pause"),
    ("?", "Show or hide these shortcuts"),
    ("Esc", "Leave the editor (then Tab moves on) or close this list"),
    ("Tab / Shift + Tab", "In the editor: indent / dedent the selected lines"),
    ("Ctrl + Z / Ctrl + Shift + Z", "Undo / redo a change to the code, a daemon switch flip included"),
];

/// Whether the key's target is a field that types (where keys keep their usual meaning): a
/// checkbox, such as a daemon switch, is not one.
fn in_field(event: &KeyboardEvent) -> bool {
    let target = event.target().and_then(|t| t.dyn_into::<Element>().ok());
    let tag = target.as_ref().map(|t| t.tag_name().to_ascii_lowercase()).unwrap_or_default();
    matches!(tag.as_str(), "textarea" | "input" | "select") && !is_checkbox(event)
}

fn is_checkbox(event: &KeyboardEvent) -> bool {
    let target = event.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
    target.is_some_and(|t| t.type_() == "checkbox")
}

/// Ctrl+Z (`Some(false)`, undo) or Ctrl+Shift+Z / Ctrl+Y (`Some(true)`, redo) pressed outside
/// a field: the code's history is the page's only one, so the editor answers them (after a
/// daemon switch flip, the switch has focus). A checkbox switch counts as outside.
pub fn history_key(event: &KeyboardEvent) -> Option<bool> {
    if !(event.ctrl_key() || event.meta_key()) || event.alt_key() {
        return None;
    }
    if in_field(event) {
        return None;
    }
    match event.key().as_str() {
        "z" | "Z" => Some(event.shift_key()),
        "y" | "Y" if !event.shift_key() => Some(true),
        _ => None,
    }
}

/// The action for a key pressed anywhere on the page, if it is a shortcut there.
/// Keys typed into the editor, a field or a button keep their usual meaning, except Ctrl+Enter.
pub fn action_for(event: &KeyboardEvent) -> Option<Action> {
    let key = event.key();
    if key == "Enter" && (event.ctrl_key() || event.meta_key()) {
        return Some(Action::Run);
    }
    if event.ctrl_key() || event.meta_key() || event.alt_key() {
        return None;
    }
    if in_field(event) {
        return None;
    }
    if key == "Escape" {
        return Some(Action::CloseHelp);
    }
    // Space and Enter on a focused button press that button; Space flips a focused switch.
    let tag = event.target().and_then(|t| t.dyn_into::<Element>().ok()).map(|t| t.tag_name()).unwrap_or_default();
    let presses = tag.eq_ignore_ascii_case("button") || is_checkbox(event);
    if presses && matches!(key.as_str(), " " | "Enter") {
        return None;
    }
    match key.as_str() {
        "ArrowRight" | "." => Some(Action::Step),
        "ArrowLeft" | "," => Some(Action::Back),
        "Home" => Some(Action::Reset),
        "End" => Some(Action::ToEnd),
        " " | "k" | "K" => Some(Action::TogglePlay),
        "?" => Some(Action::ToggleHelp),
        _ => None,
    }
}
