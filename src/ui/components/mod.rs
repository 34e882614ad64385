//! The page's parts. Each takes plain data and callbacks and draws; none runs anything.

mod console;
mod controls;
mod editor;
mod lesson;
mod schedule;
mod switches;
mod timeline;

pub use console::ConsoleView;
pub use controls::Controls;
pub use editor::Editor;
pub use lesson::LessonView;
pub use schedule::ScheduleBar;
pub use switches::DaemonSwitches;
pub use timeline::TimelineView;
