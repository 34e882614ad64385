//! The lesson pane: the lesson's Markdown drawn as elements (text is never parsed as HTML), with
//! its "predict, then run" question, which never blocks running.

use yew::prelude::*;

use crate::view::markdown::{self, Block, Inline};

#[derive(Properties, PartialEq)]
pub struct LessonProps {
    pub markdown: std::rc::Rc<str>,
    /// The learner has seen the end of a run of the current code, so the prediction can be
    /// compared.
    pub revealed: bool,
    /// The code is the lesson's own, so the question's answer key applies.
    pub original: bool,
}

#[function_component]
pub fn LessonView(props: &LessonProps) -> Html {
    let blocks = use_memo(props.markdown.clone(), |md| markdown::parse(md));
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
        Block::Predict { question, choices, answer } => {
            let key = answer.filter(|_| props.original);
            predict(question, choices, key, &choice, props.revealed)
        }
    });
    html! { <article class="lesson" aria-label="Lesson">{ for body }</article> }
}

fn predict(
    question: &str,
    choices: &[String],
    answer: Option<usize>,
    choice: &UseStateHandle<Option<usize>>,
    revealed: bool,
) -> Html {
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
    let said = |i: usize| choices.get(i).map(String::as_str).unwrap_or("");
    let after = match (**choice, revealed, answer) {
        (Some(i), true, Some(a)) if i == a => {
            format!(
                "You predicted \u{201c}{}\u{201d}: right. Step back through the run to see how it got there.",
                said(i)
            )
        }
        (Some(i), true, Some(a)) => format!(
            "You predicted \u{201c}{}\u{201d}; the run says \u{201c}{}\u{201d}. Step back through it to see why.",
            said(i),
            said(a)
        ),
        (Some(i), true, None) => format!(
            "You predicted \u{201c}{}\u{201d}. Compare with the console and the timeline below the code.",
            said(i)
        ),
        (Some(_), false, _) => "Noted. Now press Run, or Step through to the end.".to_string(),
        (None, true, Some(a)) => format!("The run says \u{201c}{}\u{201d}. Answering is optional.", said(a)),
        (None, true, None) => "Answering is optional; the console shows what happened.".to_string(),
        (None, false, _) => "Pick one (optional), then press Run.".to_string(),
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
