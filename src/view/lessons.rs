//! The lessons: each is a Markdown text and the script it starts with, in `lessons/`
//! (`daemon.md` beside `daemon.py`). The page fetches the two files of the lesson it shows before
//! it draws (Trunk copies the folder to `dist/lessons/`), so the texts of the others cost it
//! nothing; what it needs first (the titles, for the list of lessons) is here.

use std::rc::Rc;

use crate::engine::trace::Exit;

/// One lesson.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lesson {
    /// The name used in addresses (`?lesson=daemon`), file names and saved-code keys.
    pub id: &'static str,
    /// The text of the Markdown's first heading (a test keeps the two the same).
    pub title: &'static str,
    /// How the starting script ends in CPython's own order (every lesson's exits cleanly today).
    pub ends: Exit,
}

/// Every lesson, the default first.
pub const LESSONS: &[Lesson] = &[
    Lesson { id: "daemon", title: "Daemon threads: who waits for whom?", ends: Exit::Status(0) },
    Lesson { id: "race", title: "Race conditions: two threads, one balance", ends: Exit::Status(0) },
    Lesson { id: "deadlock", title: "Deadlock: waiting for each other forever", ends: Exit::Status(0) },
];

/// A lesson's two files, as the page loaded them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LessonText {
    pub markdown: Rc<str>,
    /// The script the editor starts with, and that "Reset code" restores.
    pub code: Rc<str>,
}

impl Lesson {
    /// The lesson named `id`, or the first lesson for an unknown or missing name.
    pub fn find(id: Option<&str>) -> Lesson {
        LESSONS.iter().find(|l| Some(l.id) == id).copied().unwrap_or(LESSONS[0])
    }

    /// What to tell a learner whose address names a lesson that does not exist
    /// (`?lesson=deamon`), None for a known or missing name.
    pub fn unknown_notice(id: Option<&str>) -> Option<String> {
        let id = id.filter(|id| !LESSONS.iter().any(|l| l.id == *id))?;
        let known: Vec<String> = LESSONS.iter().map(|l| format!("{} ({})", l.id, l.short_title())).collect();
        Some(format!(
            "There is no lesson named \u{201c}{id}\u{201d}. The lessons are: {}. Showing \u{201c}{}\u{201d}.",
            known.join(", "),
            LESSONS[0].short_title()
        ))
    }

    /// The title up to its colon, for the list of lessons ("Daemon threads").
    pub fn short_title(&self) -> &'static str {
        self.title.split(':').next().unwrap_or(self.title).trim()
    }

    /// Its Markdown file and its script, relative to the page.
    pub fn files(&self) -> (String, String) {
        (format!("lessons/{}.md", self.id), format!("lessons/{}.py", self.id))
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
    use crate::view::markdown::{self, Block};

    /// A lesson's files, read as the page fetches them.
    fn text(lesson: &Lesson) -> LessonText {
        let read = |file: &str| -> Rc<str> {
            let path = format!("{}/{file}", env!("CARGO_MANIFEST_DIR"));
            Rc::from(std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}")))
        };
        let (md, py) = lesson.files();
        LessonText { markdown: read(&md), code: read(&py) }
    }

    #[test]
    fn an_unknown_lesson_is_named_and_the_lessons_listed() {
        assert_eq!(Lesson::unknown_notice(Some("daemon")), None);
        assert_eq!(Lesson::unknown_notice(None), None);
        assert_eq!(
            Lesson::unknown_notice(Some("deamon")).as_deref(),
            Some(
                "There is no lesson named \u{201c}deamon\u{201d}. The lessons are: daemon (Daemon threads), race (Race \
                 conditions), deadlock (Deadlock). Showing \u{201c}Daemon threads\u{201d}."
            )
        );
    }

    #[test]
    fn each_title_is_its_markdowns_first_heading() {
        for lesson in LESSONS {
            let heading = markdown::parse(&text(lesson).markdown).into_iter().find_map(|b| match b {
                Block::Heading { text, .. } => Some(markdown::plain_text(&text)),
                _ => None,
            });
            assert_eq!(heading.as_deref(), Some(lesson.title), "{}", lesson.id);
        }
    }

    #[test]
    fn lessons_are_found_by_name_with_a_default() {
        assert_eq!(Lesson::find(Some("daemon")).id, "daemon");
        assert_eq!(Lesson::find(Some("nope")).id, "daemon");
        assert_eq!(Lesson::find(None).id, "daemon");
        assert_eq!(Lesson::find(None).title, "Daemon threads: who waits for whom?");
        let short: Vec<&str> = LESSONS.iter().map(|l| l.short_title()).collect();
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
            let text = text(lesson);
            let run = run(&text.code, &Settings::default());
            assert_eq!(run.exit, lesson.ends, "{}: {}", lesson.id, run.stderr());
            assert!(
                markdown::parse(&text.markdown)
                    .iter()
                    .any(|b| matches!(b, Block::Predict { choices, answer: Some(a), .. } if choices.len() >= 2 && *a < choices.len())),
                "{}",
                lesson.id
            );
        }
    }
}
