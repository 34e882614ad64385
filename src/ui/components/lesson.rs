//! The lesson pane: the lesson's Markdown drawn as elements (text is never parsed as HTML), with
//! its "predict, then run" question, which never blocks running.

use yew::prelude::*;

use crate::view::markdown::{self, Block, Inline};

#[derive(Properties, PartialEq)]
pub struct LessonProps {
    pub markdown: &'static str,
    /// The learner has run the code, so the prediction can be compared.
    pub revealed: bool,
}

#[function_component]
pub fn LessonView(props: &LessonProps) -> Html {
    let blocks = use_memo(props.markdown, |md| markdown::parse(md));
    let choice = use_state(|| None::<usize>);
    let body = blocks.iter().map(|block| match block {
        Block::Heading { level, text } => match level {
            1 => html! { <h1>{ inlines(text) }</h1> },
            2 => html! { <h2>{ inlines(text) }</h2> },
            _ => html! { <h3>{ inlines(text) }</h3> },
        },
        Block::Paragraph(text) => html! { <p>{ inlines(text) }</p> },
        Block::List { ordered: true, items } => {
            html! { <ol>{ for items.iter().map(|i| html! { <li>{ inlines(i) }</li> }) }</ol> }
        }
        Block::List { ordered: false, items } => {
            html! { <ul>{ for items.iter().map(|i| html! { <li>{ inlines(i) }</li> }) }</ul> }
        }
        Block::Note(text) => html! { <aside class="note">{ inlines(text) }</aside> },
        Block::Code { text, .. } => html! { <pre class="lesson-code"><code>{ text.clone() }</code></pre> },
        Block::Predict { question, choices } => predict(question, choices, &choice, props.revealed),
    });
    html! { <article class="lesson" aria-label="Lesson">{ for body }</article> }
}

fn predict(question: &str, choices: &[String], choice: &UseStateHandle<Option<usize>>, revealed: bool) -> Html {
    let options = choices.iter().enumerate().map(|(i, c)| {
        let onchange = {
            let choice = choice.clone();
            Callback::from(move |_: Event| choice.set(Some(i)))
        };
        html! {
            <label class="choice">
                <input type="radio" name="predict" checked={**choice == Some(i)} {onchange} />
                { inlines(&markdown::inline(c)) }
            </label>
        }
    });
    let after = match (**choice, revealed) {
        (Some(i), true) => format!(
            "You predicted \u{201c}{}\u{201d}. Compare with the console and the timeline below the code.",
            choices.get(i).map(String::as_str).unwrap_or("")
        ),
        (Some(_), false) => "Noted. Now press Run (or Step through it).".to_string(),
        (None, true) => "Answering is optional; the console shows what happened.".to_string(),
        (None, false) => "Pick one (optional), then press Run.".to_string(),
    };
    html! {
        <fieldset class="predict">
            <legend>{ "Predict, then run" }</legend>
            <p class="question">{ inlines(&markdown::inline(question)) }</p>
            { for options }
            <p class="after" aria-live="polite">{ after }</p>
        </fieldset>
    }
}

fn inlines(items: &[Inline]) -> Html {
    items
        .iter()
        .map(|i| match i {
            Inline::Text(t) => html! { { t.clone() } },
            Inline::Code(t) => html! { <code>{ t.clone() }</code> },
            Inline::Strong(x) => html! { <strong>{ inlines(x) }</strong> },
            Inline::Emphasis(x) => html! { <em>{ inlines(x) }</em> },
            Inline::Link { text, href } => {
                // Links to other lessons stay in this tab; links out of the course open a new one.
                if href.starts_with("http") {
                    html! { <a href={href.clone()} target="_blank" rel="noopener noreferrer">{ inlines(text) }</a> }
                } else {
                    html! { <a href={href.clone()}>{ inlines(text) }</a> }
                }
            }
        })
        .collect()
}
