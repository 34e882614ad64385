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
];

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
    let target = event.target().and_then(|t| t.dyn_into::<Element>().ok());
    let tag = target.as_ref().map(|t| t.tag_name().to_ascii_lowercase()).unwrap_or_default();
    if matches!(tag.as_str(), "textarea" | "input" | "select") {
        return None;
    }
    if key == "Escape" {
        return Some(Action::CloseHelp);
    }
    // Space and Enter on a focused button press that button.
    if tag == "button" && matches!(key.as_str(), " " | "Enter") {
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
