//! The Yew page: a thin view over the engine's trace. `state` holds the data and its actions,
//! `app` wires them to side effects (running, saving, timers, keys), `components` draw; every
//! decision about what to show comes from the pure `crate::view` module.

mod app;
mod browser;
mod components;
mod hooks;
mod keys;
mod state;

use crate::view::lessons::{Lesson, LessonText};

/// What the address asks for: `?lesson=daemon` picks a lesson, `?embed` shows the workbench
/// alone (for an `<iframe>` in a course page; `&position=…` names the embed, else its frame index).
#[derive(Clone, PartialEq)]
pub struct Page {
    pub lesson: Lesson,
    /// `Some(position)` in embed mode.
    pub embed: Option<String>,
}

/// Starts the page (called by the `threadplay-web` binary).
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        let details = info.to_string();
        web_sys::console::error_1(&format!("threadplay panicked: {details}").into());
        browser::show_notice(&format!(
            "threadplay stopped because of an internal error (a bug in threadplay, not in your code). \
             Your code is saved in this browser: reload the page to continue. Details: {details}"
        ));
    }));
    let query = browser::query();
    let param = |name: &str| query.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str());
    let lesson = Lesson::find(param("lesson"));
    let unknown = Lesson::unknown_notice(param("lesson"));
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(&format!("{} · threadplay", lesson.title));
    }
    let embed = param("embed").map(|_| {
        param("position")
            .filter(|p| !p.is_empty())
            .map(str::to_string)
            .or_else(browser::frame_position)
            .unwrap_or_else(|| "0".into())
    });
    // The lesson's two files first (fetched at once, side by side), then the page.
    let (markdown, code) = lesson.files();
    let fetches = (browser::start_fetch(&markdown), browser::start_fetch(&code));
    wasm_bindgen_futures::spawn_local(async move {
        match (browser::text_of(fetches.0).await, browser::text_of(fetches.1).await) {
            (Ok(markdown), Ok(code)) => {
                let text = LessonText { markdown: markdown.into(), code: code.into() };
                yew::Renderer::<app::App>::with_props(app::AppProps { page: Page { lesson, embed }, text }).render();
                if let Some(notice) = unknown {
                    browser::show_notice(&notice);
                }
            }
            (Err(why), _) | (_, Err(why)) => {
                browser::show_notice(&format!("The lesson could not be loaded ({why}). Reload the page to try again."))
            }
        }
    });
}
