//! The lessons, embedded at build time: each is a Markdown text and the script it starts with,
//! both in `lessons/` (`daemon.md` beside `daemon.py`).

use super::markdown::{self, Block};
use crate::engine::trace::Exit;

/// One lesson.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lesson {
    /// The name used in addresses (`?lesson=daemon`) and in saved-code keys.
    pub id: &'static str,
    pub markdown: &'static str,
    /// The script the editor starts with, and that "Reset code" restores.
    pub code: &'static str,
    /// How the starting script ends: most exit cleanly; the deadlock lesson's script deadlocks.
    pub ends: Exit,
}

/// Every lesson, the default first.
pub const LESSONS: &[Lesson] = &[
    Lesson {
        id: "daemon",
        markdown: include_str!("../../lessons/daemon.md"),
        code: include_str!("../../lessons/daemon.py"),
        ends: Exit::Status(0),
    },
    Lesson {
        id: "race",
        markdown: include_str!("../../lessons/race.md"),
        code: include_str!("../../lessons/race.py"),
        ends: Exit::Status(0),
    },
    Lesson {
        id: "deadlock",
        markdown: include_str!("../../lessons/deadlock.md"),
        code: include_str!("../../lessons/deadlock.py"),
        ends: Exit::Deadlock,
    },
];

impl Lesson {
    /// The lesson named `id`, or the first lesson for an unknown or missing name.
    pub fn find(id: Option<&str>) -> Lesson {
        LESSONS.iter().find(|l| Some(l.id) == id).copied().unwrap_or(LESSONS[0])
    }

    /// The title: the text of the first heading.
    pub fn title(&self) -> String {
        markdown::parse(self.markdown)
            .into_iter()
            .find_map(|b| match b {
                Block::Heading { text, .. } => Some(markdown::plain_text(&text)),
                _ => None,
            })
            .unwrap_or_else(|| self.id.to_string())
    }

    /// The title up to its colon, for the list of lessons ("Daemon threads").
    pub fn short_title(&self) -> String {
        let title = self.title();
        title.split(':').next().unwrap_or(&title).trim().to_string()
    }

    /// Where the browser keeps the learner's code for this lesson. Each embed on a host page
    /// has its own key (`position`: the frame's name or index), so two embeds of one lesson do
    /// not overwrite each other's code.
    pub fn storage_key(&self, embed: Option<&str>) -> String {
        match embed {
            Some(position) => format!("threadplay:v1:code:{}:embed:{position}", self.id),
            None => format!("threadplay:v1:code:{}", self.id),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{run, Settings};

    #[test]
    fn lessons_are_found_by_name_with_a_default() {
        assert_eq!(Lesson::find(Some("daemon")).id, "daemon");
        assert_eq!(Lesson::find(Some("nope")).id, "daemon");
        assert_eq!(Lesson::find(None).id, "daemon");
        assert_eq!(Lesson::find(None).title(), "Daemon threads: who waits for whom?");
        let short: Vec<String> = LESSONS.iter().map(|l| l.short_title()).collect();
        assert_eq!(short, ["Daemon threads", "Race conditions", "Deadlock"]);
    }

    #[test]
    fn keys_differ_by_embed_position() {
        let lesson = Lesson::find(None);
        assert_eq!(lesson.storage_key(None), "threadplay:v1:code:daemon");
        assert_eq!(lesson.storage_key(Some("0")), "threadplay:v1:code:daemon:embed:0");
        assert_ne!(lesson.storage_key(Some("0")), lesson.storage_key(Some("1")));
    }

    /// Every lesson's starting script runs cleanly, and its text has a question to predict.
    #[test]
    fn every_lesson_runs_and_asks_for_a_prediction() {
        for lesson in LESSONS {
            let run = run(lesson.code, &Settings::default());
            assert_eq!(run.exit, lesson.ends, "{}: {}", lesson.id, run.stderr());
            assert!(
                markdown::parse(lesson.markdown)
                    .iter()
                    .any(|b| matches!(b, Block::Predict { choices, answer: Some(a), .. } if choices.len() >= 2 && *a < choices.len())),
                "{}",
                lesson.id
            );
        }
    }
}
