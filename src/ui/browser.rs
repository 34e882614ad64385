//! The few browser services the page uses, each wrapped so that a missing window, a full or
//! forbidden localStorage, or a cross-origin parent is a no-op rather than an error.

use wasm_bindgen::JsCast;
use web_sys::{HtmlDocument, HtmlTextAreaElement, Storage};

fn storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The value saved under `key`, if any.
pub fn load(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Saves `value` under `key` (silently does nothing when storage is unavailable or full).
pub fn save(key: &str, value: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(key, value);
    }
}

pub fn remove(key: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
}

/// The page address's query parameters, in order (`?embed&lesson=daemon` gives
/// `[("embed", ""), ("lesson", "daemon")]`). Values are not percent-decoded: lesson names and
/// positions are plain words.
pub fn query() -> Vec<(String, String)> {
    let search = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (k.to_string(), v.to_string()),
            None => (p.to_string(), String::new()),
        })
        .collect()
}

/// This page's position among its parent page's frames ("0", "1", …), so two embeds of one
/// lesson on one host page keep separate code. `None` when not framed.
pub fn frame_position() -> Option<String> {
    let window = web_sys::window()?;
    let parent = window.parent().ok().flatten()?;
    let me: &wasm_bindgen::JsValue = window.as_ref();
    let parent: &wasm_bindgen::JsValue = parent.as_ref();
    if parent == me {
        return None;
    }
    // `parent[i]` and window identity are readable across origins.
    let count = js_sys::Reflect::get(parent, &"length".into()).ok()?.as_f64()? as u32;
    (0..count).find_map(|i| {
        let frame = js_sys::Reflect::get(parent, &i.into()).ok()?;
        (&frame == me).then(|| i.to_string())
    })
}

/// Tells the parent page (if framed) how tall the page's content is, so it can size the frame:
/// `{type: "threadplay:height", height, lesson, position}`.
pub fn post_height(height: i32, lesson: &str, position: &str) {
    let Some(window) = web_sys::window() else { return };
    let Ok(Some(parent)) = window.parent() else { return };
    let message = js_sys::Object::new();
    let set = |k: &str, v: wasm_bindgen::JsValue| {
        let _ = js_sys::Reflect::set(&message, &k.into(), &v);
    };
    set("type", "threadplay:height".into());
    set("height", height.into());
    set("lesson", lesson.into());
    set("position", position.into());
    let _ = parent.post_message(&message, "*");
}

/// The document's full height in CSS pixels.
pub fn content_height() -> i32 {
    web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()).map_or(0, |e| e.scroll_height())
}

/// Asks the learner to confirm (a native dialog); `false` when it cannot be shown.
pub fn confirm(message: &str) -> bool {
    web_sys::window().and_then(|w| w.confirm_with_message(message).ok()).unwrap_or(false)
}

/// Replaces the textarea's UTF-16 range `start..end` with `text` through the browser's own
/// editing, so Ctrl+Z undoes it like typing; falls back to setting the value.
/// Either way an `input` event follows, which carries the new text to the page's state.
pub fn replace_in_textarea(area: &HtmlTextAreaElement, start: u32, end: u32, text: &str) {
    let _ = area.focus();
    let _ = area.set_selection_range(start, end);
    let document = area.owner_document().and_then(|d| d.dyn_into::<HtmlDocument>().ok());
    let done = document.and_then(|d| d.exec_command_with_show_ui_and_value("insertText", false, text).ok());
    if done != Some(true) {
        let value = area.value();
        let units: Vec<u16> = value.encode_utf16().collect();
        let (s, e) = (start as usize, (end as usize).min(units.len()));
        let mut new: Vec<u16> = units[..s.min(e)].to_vec();
        new.extend(text.encode_utf16());
        new.extend_from_slice(&units[e..]);
        area.set_value(&String::from_utf16_lossy(&new));
        if let Ok(event) = web_sys::Event::new("input") {
            let _ = area.dispatch_event(&event);
        }
    }
}

/// Writes a last-resort notice into the page when the Rust code panics. The wasm instance stops
/// right after, so this uses the DOM directly, never Yew.
pub fn show_crash_notice(details: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(notice) = document.create_element("div") else { return };
    notice.set_id("crash");
    let _ = notice.set_attribute("role", "alert");
    notice.set_text_content(Some(&format!(
        "threadplay stopped because of an internal error (a bug in threadplay, not in your code). \
         Your code is saved in this browser: reload the page to continue. Details: {details}"
    )));
    if let Some(body) = document.body() {
        let _ = body.prepend_with_node_1(&notice);
    }
}
