//! The small Markdown subset lessons are written in, parsed into blocks the page renders as
//! elements (never as HTML text): `#` headings, paragraphs, `-` and `1.` lists, `>` notes,
//! fenced code, and inline `code`, **strong**, *emphasis* and [links](https://…).
//! A fenced block tagged `predict` is the lesson's "predict, then run" question: its first line
//! is the question and its `- ` lines the choices.

/// A piece of inline text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Inline {
    Text(String),
    Code(String),
    Strong(Vec<Inline>),
    Emphasis(Vec<Inline>),
    /// Only `http(s)://`, `#…` and relative addresses are kept as links.
    Link {
        text: Vec<Inline>,
        href: String,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    Heading {
        level: u8,
        text: Vec<Inline>,
    },
    Paragraph(Vec<Inline>),
    List {
        ordered: bool,
        items: Vec<Vec<Inline>>,
    },
    Note(Vec<Inline>),
    Code {
        language: String,
        text: String,
    },
    /// A "predict, then run" question; `answer` is the choice written `- [x] …` (what the
    /// lesson's own script does).
    Predict {
        question: String,
        choices: Vec<String>,
        answer: Option<usize>,
    },
}

/// Parses a lesson.
pub fn parse(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut paragraph: Vec<&str> = Vec::new();
    let mut lines = text.lines().peekable();
    let flush = |paragraph: &mut Vec<&str>, blocks: &mut Vec<Block>| {
        if !paragraph.is_empty() {
            blocks.push(Block::Paragraph(inline(&paragraph.join(" "))));
            paragraph.clear();
        }
    };
    while let Some(line) = lines.next() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            flush(&mut paragraph, &mut blocks);
        } else if let Some(language) = trimmed.strip_prefix("```") {
            flush(&mut paragraph, &mut blocks);
            let mut body = Vec::new();
            for l in lines.by_ref() {
                if l.trim_start().starts_with("```") {
                    break;
                }
                body.push(l);
            }
            blocks.push(fenced(language.trim(), &body));
        } else if let Some((level, rest)) = heading(trimmed) {
            flush(&mut paragraph, &mut blocks);
            blocks.push(Block::Heading { level, text: inline(rest) });
        } else if let Some((ordered, first)) = list_item(trimmed) {
            flush(&mut paragraph, &mut blocks);
            let mut items = vec![first.to_string()];
            while let Some(next) = lines.peek() {
                let t = next.trim();
                if t.is_empty() {
                    break;
                }
                match list_item(t) {
                    Some((o, item)) if o == ordered => items.push(item.to_string()),
                    Some(_) => break,
                    // An indented line continues the item before it.
                    None if next.starts_with(' ') => {
                        if let Some(last) = items.last_mut() {
                            last.push(' ');
                            last.push_str(t);
                        }
                    }
                    None => break,
                }
                lines.next();
            }
            blocks.push(Block::List { ordered, items: items.iter().map(|i| inline(i)).collect() });
        } else if let Some(rest) = quote(trimmed) {
            flush(&mut paragraph, &mut blocks);
            let mut parts = vec![rest];
            while let Some(rest) = lines.peek().and_then(|l| quote(l.trim())) {
                parts.push(rest);
                lines.next();
            }
            blocks.push(Block::Note(inline(parts.join(" ").trim())));
        } else {
            paragraph.push(trimmed);
        }
    }
    flush(&mut paragraph, &mut blocks);
    blocks
}

fn fenced(language: &str, body: &[&str]) -> Block {
    if language == "predict" {
        let mut question = Vec::new();
        let mut choices = Vec::new();
        let mut answer = None;
        for line in body {
            match line.trim().strip_prefix("- ") {
                Some(choice) => {
                    let choice = match choice.trim().strip_prefix("[x]") {
                        Some(right) => {
                            answer = Some(choices.len());
                            right
                        }
                        None => choice,
                    };
                    choices.push(choice.trim().to_string());
                }
                None if !line.trim().is_empty() => question.push(line.trim()),
                None => {}
            }
        }
        return Block::Predict { question: question.join(" "), choices, answer };
    }
    Block::Code { language: language.to_string(), text: body.join("\n") }
}

fn heading(line: &str) -> Option<(u8, &str)> {
    let level = line.bytes().take_while(|&b| b == b'#').count();
    if (1..=6).contains(&level) && line[level..].starts_with(' ') {
        Some((level as u8, line[level..].trim()))
    } else {
        None
    }
}

fn list_item(line: &str) -> Option<(bool, &str)> {
    if let Some(rest) = line.strip_prefix("- ").or_else(|| line.strip_prefix("* ")) {
        return Some((false, rest.trim()));
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 {
        if let Some(rest) = line[digits..].strip_prefix(". ") {
            return Some((true, rest.trim()));
        }
    }
    None
}

fn quote(line: &str) -> Option<&str> {
    line.strip_prefix('>').map(str::trim_start)
}

/// Parses inline markup. Unclosed markers stay as plain text.
pub fn inline(text: &str) -> Vec<Inline> {
    let mut out: Vec<Inline> = Vec::new();
    let mut plain = String::new();
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let parsed = match c {
            '`' => rest[1..].find('`').map(|end| (Inline::Code(rest[1..1 + end].to_string()), end + 2)),
            '*' | '_' if rest.starts_with("**") || rest.starts_with("__") => {
                let marker = &rest[..2];
                rest[2..]
                    .find(marker)
                    .filter(|&end| end > 0)
                    .map(|end| (Inline::Strong(inline(&rest[2..2 + end])), end + 4))
            }
            '*' | '_' => {
                let marker = &rest[..1];
                let after_word = c == '_' && plain.chars().last().is_some_and(char::is_alphanumeric);
                rest[1..]
                    .find(marker)
                    .filter(|&end| end > 0 && !after_word && !rest[1..].starts_with(' '))
                    .map(|end| (Inline::Emphasis(inline(&rest[1..1 + end])), end + 2))
            }
            '[' => link(rest),
            _ => None,
        };
        match parsed {
            Some((node, used)) => {
                if !plain.is_empty() {
                    out.push(Inline::Text(std::mem::take(&mut plain)));
                }
                out.push(node);
                rest = &rest[used..];
            }
            None => {
                plain.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    if !plain.is_empty() {
        out.push(Inline::Text(plain));
    }
    out
}

/// `[text](href)` at the start of `rest`, and how many bytes it takes.
fn link(rest: &str) -> Option<(Inline, usize)> {
    let close = rest.find("](")?;
    let end = close + 2 + rest[close + 2..].find(')')?;
    let href = rest[close + 2..end].trim();
    let safe = href.starts_with("https://")
        || href.starts_with("http://")
        || href.starts_with('#')
        || !(href.contains(':') || href.starts_with("//"));
    if !safe {
        return None;
    }
    Some((Inline::Link { text: inline(&rest[1..close]), href: href.to_string() }, end + 1))
}

/// The plain text of some inline markup (for titles and accessible names).
pub fn plain_text(inlines: &[Inline]) -> String {
    let mut out = String::new();
    for i in inlines {
        match i {
            Inline::Text(t) | Inline::Code(t) => out.push_str(t),
            Inline::Strong(x) | Inline::Emphasis(x) | Inline::Link { text: x, .. } => out.push_str(&plain_text(x)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use Inline::*;

    fn text(s: &str) -> Inline {
        Text(s.to_string())
    }

    #[test]
    fn blocks_of_a_lesson() {
        let md = "# Daemon threads\n\nA *daemon* thread\nis `stopped`.\n\n- flip the **switch**\n- add\n  `t.join()`\n\
                  1. one\n2. two\n\n> Try it:\n> now\n\n```python\nprint(1)\n\n```\n## End";
        assert_eq!(
            parse(md),
            [
                Block::Heading { level: 1, text: vec![text("Daemon threads")] },
                Block::Paragraph(vec![
                    text("A "),
                    Emphasis(vec![text("daemon")]),
                    text(" thread is "),
                    Code("stopped".into()),
                    text(".")
                ]),
                Block::List {
                    ordered: false,
                    items: vec![
                        vec![text("flip the "), Strong(vec![text("switch")])],
                        vec![text("add "), Code("t.join()".into())]
                    ]
                },
                Block::List { ordered: true, items: vec![vec![text("one")], vec![text("two")]] },
                Block::Note(vec![text("Try it: now")]),
                Block::Code { language: "python".into(), text: "print(1)\n".into() },
                Block::Heading { level: 2, text: vec![text("End")] },
            ]
        );
    }

    #[test]
    fn predict_blocks_hold_a_question_and_choices() {
        let md = "```predict\nWhat prints last?\n\n- main: finished\n- [x] worker 1: finished\n```";
        assert_eq!(
            parse(md),
            [Block::Predict {
                question: "What prints last?".into(),
                choices: vec!["main: finished".into(), "worker 1: finished".into()],
                answer: Some(1),
            }]
        );
    }

    #[test]
    fn links_are_kept_only_when_safe() {
        assert_eq!(
            inline("see [the docs](https://docs.python.org/3/library/threading.html)!"),
            [
                text("see "),
                Link { text: vec![text("the docs")], href: "https://docs.python.org/3/library/threading.html".into() },
                text("!")
            ]
        );
        assert_eq!(inline("[x](javascript:alert(1))"), [text("[x](javascript:alert(1))")]);
        assert_eq!(plain_text(&inline("a **b** `c` [d](#e)")), "a b c d");
    }

    #[test]
    fn unclosed_markers_and_snake_case_stay_text() {
        assert_eq!(inline("a * b and `c"), [text("a * b and `c")]);
        assert_eq!(inline("max_steps_left"), [text("max_steps_left")]);
        assert_eq!(inline("**"), [text("**")]);
        assert_eq!(inline("é*ü*"), [text("é"), Emphasis(vec![text("ü")])]);
    }
}
