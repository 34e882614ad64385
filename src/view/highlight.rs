//! Python syntax colouring for the editor: the source split into lines, each a list of spans
//! with a CSS class. The page draws these under a transparent `<textarea>`, so the spans must
//! cover each line's text exactly, character for character.

use super::tokens::{tokenize, TokenKind};

/// A run of text on one line and the CSS class that colours it (`None`: plain text).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    pub class: Option<&'static str>,
    pub text: String,
}

/// One editor line: its spans, without the line break.
pub type Line = Vec<Span>;

/// The CSS class of each token kind (see `static/style.css`).
fn class_of(kind: TokenKind) -> Option<&'static str> {
    match kind {
        TokenKind::Keyword => Some("tok-kw"),
        TokenKind::Constant => Some("tok-const"),
        TokenKind::Builtin => Some("tok-builtin"),
        TokenKind::Definition => Some("tok-def"),
        TokenKind::Number => Some("tok-num"),
        TokenKind::String => Some("tok-str"),
        TokenKind::Comment => Some("tok-comment"),
        TokenKind::Decorator => Some("tok-deco"),
        TokenKind::Operator => Some("tok-op"),
        TokenKind::Unknown => Some("tok-bad"),
        TokenKind::Name
        | TokenKind::Open
        | TokenKind::Close
        | TokenKind::Punctuation
        | TokenKind::Newline
        | TokenKind::Whitespace => None,
    }
}

/// Colours `source`, one entry per line (a text ending in a line break ends with an empty line,
/// as the textarea shows it).
pub fn highlight(source: &str) -> Vec<Line> {
    let mut lines: Vec<Line> = vec![Vec::new()];
    for token in tokenize(source) {
        let class = class_of(token.kind);
        let text = &source[token.range];
        // Multi-line tokens (triple-quoted strings, line breaks) are cut at each break.
        let mut pieces = text.split('\n').peekable();
        while let Some(piece) = pieces.next() {
            let piece = piece.strip_suffix('\r').unwrap_or(piece);
            if !piece.is_empty() {
                push(lines.last_mut(), class, piece);
            }
            if pieces.peek().is_some() {
                lines.push(Vec::new());
            }
        }
    }
    lines
}

/// Adds text to a line, merging it into the previous span when the class is the same.
fn push(line: Option<&mut Line>, class: Option<&'static str>, text: &str) {
    let Some(line) = line else { return };
    match line.last_mut() {
        Some(last) if last.class == class => last.text.push_str(text),
        _ => line.push(Span { class, text: text.to_string() }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(lines: &[Line]) -> Vec<String> {
        lines
            .iter()
            .map(|spans| {
                spans
                    .iter()
                    .map(|s| match s.class {
                        Some(c) => format!("<{c}>{}</>", s.text),
                        None => s.text.clone(),
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn colours_the_lesson_shapes() {
        let source = "def worker(n):\n    print(f\"worker {n}\")  # hi\n    time.sleep(10)\n";
        assert_eq!(
            render(&highlight(source)),
            [
                "<tok-kw>def</> <tok-def>worker</>(n):",
                "    <tok-builtin>print</>(<tok-str>f\"worker {n}\"</>)  <tok-comment># hi</>",
                "    time.sleep(<tok-num>10</>)",
                "",
            ]
        );
    }

    #[test]
    fn triple_quoted_strings_span_lines_and_line_count_matches_the_textarea() {
        let source = "x = '''a\r\nb'''\ny = None";
        assert_eq!(
            render(&highlight(source)),
            ["x <tok-op>=</> <tok-str>'''a</>", "<tok-str>b'''</>", "y <tok-op>=</> <tok-const>None</>"]
        );
        assert_eq!(highlight("").len(), 1);
        assert_eq!(highlight("a\n\n").len(), 3);
    }

    #[test]
    fn every_line_keeps_its_text() {
        let source = "if x:\n\t'unterminated\n  $ é = 1 # ü\n\"\"\"\nopen";
        let lines = highlight(source);
        let texts: Vec<String> = lines.iter().map(|l| l.iter().map(|s| s.text.as_str()).collect()).collect();
        let expected: Vec<&str> = source.split('\n').collect();
        assert_eq!(texts, expected);
    }
}
