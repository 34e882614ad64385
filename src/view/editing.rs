//! Editor keys as pure text edits: Tab and Shift-Tab indent and dedent the selected lines (or
//! insert spaces at the caret), Enter keeps the line's indentation and adds a level after `:`.
//!
//! Each edit says which byte range of the text to replace and with what, so the page can apply
//! it through the browser's own editing (which keeps the textarea's undo history). Browsers
//! count selection offsets in UTF-16 code units; `utf16_to_byte` and `byte_to_utf16` convert.

/// One indentation level.
pub const INDENT: &str = "    ";

/// Replace `range` of the text with `text`, then select `selection` (byte offsets in the new text).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edit {
    pub range: std::ops::Range<usize>,
    pub text: String,
    pub selection: (usize, usize),
}

impl Edit {
    /// The whole text after the edit.
    pub fn apply(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len() + self.text.len());
        out.push_str(&text[..self.range.start]);
        out.push_str(&self.text);
        out.push_str(&text[self.range.end..]);
        out
    }
}

/// Start of the line holding byte `at`.
fn line_start(text: &str, at: usize) -> usize {
    text[..at].rfind('\n').map_or(0, |i| i + 1)
}

/// End of the line holding byte `at` (before its line break).
fn line_end(text: &str, at: usize) -> usize {
    text[at..].find('\n').map_or(text.len(), |i| at + i)
}

/// Clamps byte offsets into the text and onto character boundaries.
fn clamp(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Tab: with no selection, spaces up to the next indentation stop; with a selection, one level
/// more on every line it touches.
pub fn indent(text: &str, start: usize, end: usize) -> Edit {
    let (start, end) = (clamp(text, start.min(end)), clamp(text, start.max(end)));
    if start == end {
        let column = text[line_start(text, start)..start].chars().count();
        let spaces = " ".repeat(INDENT.len() - column % INDENT.len());
        let caret = start + spaces.len();
        return Edit { range: start..start, text: spaces, selection: (caret, caret) };
    }
    let (from, to) = touched_lines(text, start, end);
    let block = &text[from..to];
    let mut out = String::with_capacity(block.len() + 16);
    let mut added_first = 0;
    let mut added = 0;
    for (i, line) in block.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if !line.trim().is_empty() {
            out.push_str(INDENT);
            added += INDENT.len();
            if i == 0 {
                added_first = INDENT.len();
            }
        }
        out.push_str(line);
    }
    Edit { range: from..to, text: out, selection: (start + added_first, end + added) }
}

/// Shift-Tab: one level less (up to four spaces, or a tab) on every line the selection touches.
pub fn dedent(text: &str, start: usize, end: usize) -> Edit {
    let (start, end) = (clamp(text, start.min(end)), clamp(text, start.max(end)));
    let (from, to) = touched_lines(text, start, end);
    let block = &text[from..to];
    let mut out = String::with_capacity(block.len());
    // How far the selection's ends move left.
    let (mut shift_start, mut shift_end) = (0, 0);
    let shift = |pos: usize, cut: std::ops::Range<usize>| {
        if pos >= cut.end {
            cut.len()
        } else {
            pos.saturating_sub(cut.start)
        }
    };
    let mut at = from;
    for (i, line) in block.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let removed =
            if line.starts_with('\t') { 1 } else { line.bytes().take(INDENT.len()).take_while(|&b| b == b' ').count() };
        out.push_str(&line[removed..]);
        shift_start += shift(start, at..at + removed);
        shift_end += shift(end, at..at + removed);
        at += line.len() + 1;
    }
    Edit { range: from..to, text: out, selection: (start - shift_start, end - shift_end) }
}

/// Enter: a line break plus the current line's indentation, one level more after a `:`.
pub fn newline(text: &str, start: usize, end: usize) -> Edit {
    let (start, end) = (clamp(text, start.min(end)), clamp(text, start.max(end)));
    let from = line_start(text, start);
    let current = &text[from..start];
    let mut indentation: String = current.chars().take_while(|c| *c == ' ' || *c == '\t').collect();
    let code = current.split('#').next().unwrap_or("").trim_end();
    if code.ends_with(':') {
        indentation.push_str(INDENT);
    }
    let inserted = format!("\n{indentation}");
    let caret = start + inserted.len();
    Edit { range: start..end, text: inserted, selection: (caret, caret) }
}

/// Backspace in the indentation removes back to the previous indentation stop. `None`: let the
/// browser delete one character.
pub fn backspace(text: &str, start: usize, end: usize) -> Option<Edit> {
    if start != end {
        return None;
    }
    let at = clamp(text, start);
    let from = line_start(text, at);
    let before = &text[from..at];
    if before.is_empty() || !before.bytes().all(|b| b == b' ') {
        return None;
    }
    let remove = match before.len() % INDENT.len() {
        0 => INDENT.len(),
        n => n,
    };
    Some(Edit { range: at - remove..at, text: String::new(), selection: (at - remove, at - remove) })
}

/// The smallest edit that turns `old` into `new` (their common start and end kept), selecting
/// what it inserts: how the page applies a rewrite of the whole text (a daemon switch, "Reset
/// code") as one step of the editor's own undo history.
pub fn replacement(old: &str, new: &str) -> Edit {
    let prefix = old.chars().zip(new.chars()).take_while(|(a, b)| a == b).map(|(a, _)| a.len_utf8()).sum::<usize>();
    let (old_rest, new_rest) = (&old[prefix..], &new[prefix..]);
    let suffix = old_rest
        .chars()
        .rev()
        .zip(new_rest.chars().rev())
        .take_while(|(a, b)| a == b)
        .map(|(a, _)| a.len_utf8())
        .sum::<usize>();
    let text = new_rest[..new_rest.len() - suffix].to_string();
    let end = prefix + text.len();
    Edit { range: prefix..old.len() - suffix, text, selection: (prefix, end) }
}

/// Where byte `at` of the text before `edit` is after it: unmoved before the replaced range,
/// shifted by the change in length after it, and at the end of the new text inside it.
pub fn moved_by(edit: &Edit, at: usize) -> usize {
    if at <= edit.range.start {
        at
    } else if at >= edit.range.end {
        at - edit.range.len() + edit.text.len()
    } else {
        edit.range.start + edit.text.len()
    }
}

/// The whole lines touched by `start..end` (a selection ending at the start of a line does not
/// touch that line).
fn touched_lines(text: &str, start: usize, end: usize) -> (usize, usize) {
    let from = line_start(text, start);
    let last = if end > start && text[..end].ends_with('\n') { end - 1 } else { end };
    (from, line_end(text, last.max(from)))
}

/// A UTF-16 offset (as the browser counts) as a byte offset in `text`.
pub fn utf16_to_byte(text: &str, utf16: usize) -> usize {
    let mut units = 0;
    for (i, c) in text.char_indices() {
        if units >= utf16 {
            return i;
        }
        units += c.len_utf16();
    }
    text.len()
}

/// A byte offset in `text` as a UTF-16 offset.
pub fn byte_to_utf16(text: &str, byte: usize) -> usize {
    text[..clamp(text, byte)].encode_utf16().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Applies an edit and shows the selection with `[` and `]` (or `|` for a caret).
    fn show(text: &str, edit: Edit) -> String {
        let after = edit.apply(text);
        let (a, b) = edit.selection;
        if a == b {
            format!("{}|{}", &after[..a], &after[a..])
        } else {
            format!("{}[{}]{}", &after[..a], &after[a..b], &after[b..])
        }
    }

    #[test]
    fn tab_at_a_caret_goes_to_the_next_stop() {
        assert_eq!(show("x", indent("x", 0, 0)), "    |x");
        assert_eq!(show("ab", indent("ab", 2, 2)), "ab  |");
        assert_eq!(show("é", indent("é", 2, 2)), "é   |");
    }

    #[test]
    fn tab_and_shift_tab_on_a_selection_move_whole_lines() {
        let text = "if x:\nfoo()\n\nbar()\nend";
        // Select from inside "foo" to the start of the "end" line: three lines touched, the blank one kept.
        let edit = indent(text, 7, 19);
        assert_eq!(show(text, edit.clone()), "if x:\n    f[oo()\n\n    bar()\n]end");
        let indented = edit.apply(text);
        let (s, e) = edit.selection;
        assert_eq!(show(&indented, dedent(&indented, s, e)), "if x:\nf[oo()\n\nbar()\n]end");
        // Dedent with the caret inside the indentation moves it to the line start.
        assert_eq!(show("      x", dedent("      x", 2, 2)), "|  x");
        assert_eq!(show("\tx", dedent("\tx", 2, 2)), "x|");
        assert_eq!(show("x", dedent("x", 1, 1)), "x|");
    }

    #[test]
    fn enter_keeps_indentation_and_opens_blocks() {
        assert_eq!(show("    x = 1", newline("    x = 1", 9, 9)), "    x = 1\n    |");
        assert_eq!(show("def f():  # go", newline("def f():  # go", 14, 14)), "def f():  # go\n    |");
        assert_eq!(show("ab", newline("ab", 1, 2)), "a\n|");
    }

    #[test]
    fn backspace_in_indentation_removes_a_level() {
        assert_eq!(backspace("        ", 8, 8).map(|e| show("        ", e)), Some("    |".to_string()));
        assert_eq!(backspace("      ", 6, 6).map(|e| show("      ", e)), Some("    |".to_string()));
        assert_eq!(backspace("  x", 3, 3), None);
        assert_eq!(backspace("", 0, 0), None);
    }

    #[test]
    fn utf16_offsets() {
        let text = "a😀é\n";
        assert_eq!(utf16_to_byte(text, 0), 0);
        assert_eq!(utf16_to_byte(text, 1), 1);
        assert_eq!(utf16_to_byte(text, 3), 5);
        assert_eq!(utf16_to_byte(text, 4), 7);
        assert_eq!(utf16_to_byte(text, 99), text.len());
        assert_eq!(byte_to_utf16(text, 5), 3);
        assert_eq!(byte_to_utf16(text, 3), 1); // inside the emoji: before it
        assert_eq!(byte_to_utf16(text, 99), 5);
    }

    #[test]
    fn offsets_out_of_range_are_clamped() {
        assert_eq!(indent("ab", 9, 9).range, 2..2);
        assert_eq!(dedent("ab", 9, 1).range, 0..2);
        assert_eq!(newline("é", 1, 1).range, 0..0);
    }

    #[test]
    fn a_rewrite_is_replaced_by_its_smallest_edit() {
        let old = "t = Thread(target=w, daemon=False)\nt.start()";
        let new = "t = Thread(target=w, daemon=True)\nt.start()";
        let edit = replacement(old, new);
        assert_eq!(edit.apply(old), new);
        assert_eq!(&old[edit.range.clone()], "Fals");
        assert_eq!(edit.text, "Tru");
        // A caret after the change moves with it; one before stays.
        assert_eq!(moved_by(&edit, old.len()), new.len());
        assert_eq!(moved_by(&edit, 3), 3);
        assert_eq!(moved_by(&edit, edit.range.start + 2), edit.range.start + 3);
        // Repeated characters, multi-byte text, identical and emptied texts.
        for (a, b) in [("aaa", "aaaa"), ("é😀é", "éxé"), ("same", "same"), ("code", ""), ("", "new")] {
            let edit = replacement(a, b);
            assert_eq!(edit.apply(a), b, "{a:?} -> {b:?}");
            assert!(edit.range.len() <= a.len() && edit.text.len() <= b.len());
        }
        assert_eq!(replacement("aaa", "aaaa").text, "a");
    }
}
