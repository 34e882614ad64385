//! The few browser services the page uses, each wrapped so that a missing window, a full or
//! forbidden localStorage, or a cross-origin parent is a no-op rather than an error.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Element, FocusOptions, HtmlDocument, HtmlElement, HtmlTextAreaElement, RequestCache, RequestInit, Response, Storage,
};

use crate::view::editing::{self, byte_to_utf16, utf16_to_byte};

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

/// Starts fetching the file at `url` (relative to the page), past any stale cached copy; the
/// requests of several calls run at the same time. Read the answer with `text_of`.
pub fn start_fetch(url: &str) -> Option<js_sys::Promise> {
    let init = RequestInit::new();
    init.set_cache(RequestCache::NoCache);
    Some(web_sys::window()?.fetch_with_str_and_init(url, &init))
}

/// The text a fetch answered, or why there is none (for the learner).
pub async fn text_of(fetch: Option<js_sys::Promise>) -> Result<String, String> {
    let fetch = fetch.ok_or("the page has no window")?;
    let response = JsFuture::from(fetch).await.map_err(|_| "the network request failed")?;
    let response: Response = response.dyn_into().map_err(|_| "the answer was not a response")?;
    if !response.ok() {
        return Err(format!("the server answered {}", response.status()));
    }
    let text = response.text().map_err(|_| "the answer could not be read")?;
    JsFuture::from(text).await.ok().and_then(|t| t.as_string()).ok_or_else(|| "the answer could not be read".into())
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

/// Whether `node` is the element that has focus.
pub fn has_focus(node: &web_sys::Node) -> bool {
    let focused = node.owner_document().and_then(|d| d.active_element());
    focused.is_some_and(|f| {
        let f: &web_sys::Node = f.as_ref();
        f == node
    })
}

/// The textarea's selection as the browser counts it (UTF-16 offsets), start before end.
pub fn selection(area: &HtmlTextAreaElement) -> (u32, u32) {
    (area.selection_start().ok().flatten().unwrap_or(0), area.selection_end().ok().flatten().unwrap_or(0))
}

/// Focuses `element` without scrolling the page or its scroller to it.
fn focus_in_place(element: &HtmlElement) {
    let options = FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = element.focus_with_options(&options);
}

/// Replaces the textarea's UTF-16 range `start..end` with `text` through the browser's own
/// editing, so Ctrl+Z undoes it like typing; falls back to setting the value.
/// Either way an `input` event follows, which carries the new text to the page's state.
pub fn replace_in_textarea(area: &HtmlTextAreaElement, start: u32, end: u32, text: &str) {
    focus_in_place(area);
    let _ = area.set_selection_range(start, end);
    if exec_command(area, "insertText", text) {
        return;
    }
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

/// Runs one of the document's editing commands ("insertText", "undo", "redo") on what has
/// focus; whether the browser did it.
fn exec_command(area: &HtmlTextAreaElement, command: &str, value: &str) -> bool {
    let document = area.owner_document().and_then(|d| d.dyn_into::<HtmlDocument>().ok());
    document.and_then(|d| d.exec_command_with_show_ui_and_value(command, false, value).ok()) == Some(true)
}

/// Where the page and the editor stand, to be put back after the page edits the code itself:
/// what has focus, the textarea's selection, and the scroll of the window and of the editor.
struct Standing {
    focused: Option<HtmlElement>,
    selection: (u32, u32),
    window_scroll: (f64, f64),
    editor_scroll: Option<(Element, i32, i32)>,
}

impl Standing {
    fn take(area: &HtmlTextAreaElement) -> Self {
        let window = web_sys::window();
        let focused = area.owner_document().and_then(|d| d.active_element()).and_then(|e| e.dyn_into().ok());
        let selection = selection(area);
        let window_scroll = window.map_or((0.0, 0.0), |w| (w.scroll_x().unwrap_or(0.0), w.scroll_y().unwrap_or(0.0)));
        let editor_scroll =
            area.closest(".editor-scroll").ok().flatten().map(|e| (e.clone(), e.scroll_top(), e.scroll_left()));
        Standing { focused, selection, window_scroll, editor_scroll }
    }

    /// Puts everything back, with the selection at `selection` (UTF-16 offsets).
    fn restore(self, area: &HtmlTextAreaElement, selection: (u32, u32)) {
        let _ = area.set_selection_range(selection.0, selection.1);
        if let Some((scroller, top, left)) = self.editor_scroll {
            scroller.set_scroll_top(top);
            scroller.set_scroll_left(left);
        }
        if let Some(w) = web_sys::window() {
            w.scroll_to_with_x_and_y(self.window_scroll.0, self.window_scroll.1);
        }
        let area_element: &HtmlElement = area.as_ref();
        match self.focused {
            Some(element) if &element != area_element => focus_in_place(&element),
            Some(_) => {}
            None => {
                let _ = area.blur();
            }
        }
    }
}

/// Turns the textarea's text into `new` as one step of its own undo history (only the part
/// that changed is replaced), leaving focus, the editor's selection and every scroll position
/// as they were: how a daemon switch or "Reset code" rewrites the code.
pub fn rewrite_textarea(area: &HtmlTextAreaElement, new: &str) {
    let old = area.value();
    if old == new {
        return;
    }
    let standing = Standing::take(area);
    let edit = editing::replacement(&old, new);
    let (from, to) = (byte_to_utf16(&old, edit.range.start), byte_to_utf16(&old, edit.range.end));
    replace_in_textarea(area, from as u32, to as u32, &edit.text);
    let after = area.value();
    let moved = |at: u32| byte_to_utf16(&after, editing::moved_by(&edit, utf16_to_byte(&old, at as usize))) as u32;
    let selection = (moved(standing.selection.0), moved(standing.selection.1));
    standing.restore(area, selection);
}

/// Undo (`redo` false) or redo in the editor's history from anywhere on the page, leaving
/// focus and scroll where they were.
pub fn undo_in_textarea(area: &HtmlTextAreaElement, redo: bool) {
    let standing = Standing::take(area);
    focus_in_place(area);
    exec_command(area, if redo { "redo" } else { "undo" }, "");
    standing.restore(area, selection(area));
}

/// Puts a notice at the top of the page through the DOM itself, never Yew: when the lesson
/// could not be loaded (Yew has not started), and when the Rust code panics (the wasm instance
/// stops right after).
pub fn show_notice(text: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(notice) = document.create_element("div") else { return };
    notice.set_id("notice");
    let _ = notice.set_attribute("role", "alert");
    notice.set_text_content(Some(text));
    if let Some(body) = document.body() {
        let _ = body.prepend_with_node_1(&notice);
    }
}
