//! What `threadplay explore` prints: one block per distinct outcome (its count and share, exit
//! status, output, and the command that replays it), most frequent first, and a last line
//! `N runs, K distinct outcomes`; or, with `--json`, one object.

use threadplay::engine::explore::Exploration;

/// The text report. `replay` is the command that replays a schedule, up to the token.
pub fn text(e: &Exploration, replay: &str) -> String {
    let mut out = String::new();
    for o in &e.outcomes {
        let share = 100.0 * o.count as f64 / e.runs.max(1) as f64;
        let runs = if o.count == 1 { "run" } else { "runs" };
        let how = match o.stop() {
            "deadlock" => " (deadlock)".to_string(),
            "budget" => " (stopped: the instruction budget ran out)".to_string(),
            _ => String::new(),
        };
        out.push_str(&format!("== {} {runs} ({share:.1}%): exit status {}{how}\n", o.count, o.exit.code()));
        for (name, text) in [("stdout", &o.stdout), ("stderr", &o.stderr)] {
            if !text.is_empty() || name == "stdout" {
                out.push_str(&format!("{name}:\n"));
                for line in text.lines() {
                    out.push_str(&format!("  {line}\n"));
                }
                if !text.is_empty() && !text.ends_with('\n') {
                    out.push_str("  (no newline at the end)\n");
                }
            }
        }
        out.push_str(&format!("replay: {replay}{}\n\n", o.schedule.to_token()));
    }
    out.push_str(&summary(e));
    out.push('\n');
    out
}

/// `N runs, K distinct outcomes`, with the bound when a systematic exploration finished.
pub fn summary(e: &Exploration) -> String {
    let runs = if e.runs == 1 { "1 run".to_string() } else { format!("{} runs", e.runs) };
    let k = e.outcomes.len();
    let outcomes = if k == 1 { "1 distinct outcome".to_string() } else { format!("{k} distinct outcomes") };
    match (e.exhaustive, e.bound) {
        (true, Some(b)) => format!("{runs}, {outcomes}, all schedules with at most {b} changes from the default tried"),
        _ => format!("{runs}, {outcomes}"),
    }
}

/// The JSON report: `{"runs", "exhaustive", "bound", "outcomes": [{"count", "exit", "stop",
/// "stdout", "stderr", "schedule"}]}`.
pub fn json(e: &Exploration) -> String {
    let outcomes: Vec<String> = e
        .outcomes
        .iter()
        .map(|o| {
            format!(
                "{{\"count\": {}, \"exit\": {}, \"stop\": \"{}\", \"stdout\": {}, \"stderr\": {}, \"schedule\": {}}}",
                o.count,
                o.exit.code(),
                o.stop(),
                quoted(&o.stdout),
                quoted(&o.stderr),
                quoted(&o.schedule.to_token())
            )
        })
        .collect();
    let bound = e.bound.map_or("null".to_string(), |b| b.to_string());
    format!(
        "{{\"runs\": {}, \"exhaustive\": {}, \"bound\": {bound}, \"outcomes\": [{}]}}\n",
        e.runs,
        e.exhaustive,
        outcomes.join(", ")
    )
}

/// A JSON string.
fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::quoted;

    #[test]
    fn json_strings_escape_what_json_requires() {
        assert_eq!(quoted("a \"b\"\\\n\u{1}é"), "\"a \\\"b\\\"\\\\\\n\\u0001é\"");
    }
}
