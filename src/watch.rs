//! `--watch`: tell the main loop when the data file has been saved.
//!
//! The file's folder is watched rather than the file, because many editors save by writing
//! a new file and renaming it over the old one, which would end a watch on the file itself.
//! Events are debounced (one save is several events) and filtered to the file's name. The
//! watcher's threads block while nothing happens: there is no polling.

use std::ffi::OsString;
use std::path::Path;
use std::sync::mpsc::Sender;
use std::time::Duration;

use notify_debouncer_mini::notify::event::{AccessKind, AccessMode};
use notify_debouncer_mini::notify::{
    self, EventHandler, EventKind, RecommendedWatcher, RecursiveMode, Watcher, WatcherKind,
};
use notify_debouncer_mini::{Config, DebounceEventResult, Debouncer, new_debouncer_opt};

use crate::events::Event;

/// How long the file must be quiet before a change is reported.
pub const DEBOUNCE: Duration = Duration::from_millis(200);

/// A running watch; dropping it stops it.
pub struct Watch {
    _debouncer: Debouncer<ChangesOnly>,
}

/// Starts watching `path`, sending [`Event::DataChanged`] to `tx` after each save.
pub fn start(path: &Path, tx: Sender<Event>) -> Result<Watch, String> {
    let fail = |e: notify::Error| format!("{}: cannot watch for changes: {e}", path.display());
    let name: OsString = path
        .file_name()
        .ok_or_else(|| format!("{}: not a file name", path.display()))?
        .to_os_string();
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let config = Config::default().with_timeout(DEBOUNCE);
    let mut debouncer =
        new_debouncer_opt::<_, ChangesOnly>(config, move |result: DebounceEventResult| {
            let ours = match result {
                Ok(events) => events
                    .iter()
                    .any(|e| e.path.file_name() == Some(name.as_os_str())),
                // The watcher may have missed events (e.g. its queue overflowed): reloading
                // costs little and shows the truth.
                Err(_) => true,
            };
            if ours {
                let _ = tx.send(Event::DataChanged);
            }
        })
        .map_err(fail)?;
    debouncer
        .watcher()
        .watch(folder, RecursiveMode::NonRecursive)
        .map_err(fail)?;
    Ok(Watch {
        _debouncer: debouncer,
    })
}

/// The platform's watcher without pure access events. Opening or reading the file, as our
/// own reload does, must not count as a change, or every reload would trigger the next.
struct ChangesOnly(RecommendedWatcher);

impl Watcher for ChangesOnly {
    fn new<F: EventHandler>(mut handler: F, config: notify::Config) -> notify::Result<Self> {
        let filtered = move |event: notify::Result<notify::Event>| {
            if event.as_ref().map_or(true, |e| is_change(&e.kind)) {
                handler.handle_event(event);
            }
        };
        RecommendedWatcher::new(filtered, config).map(ChangesOnly)
    }

    fn watch(&mut self, path: &Path, mode: RecursiveMode) -> notify::Result<()> {
        self.0.watch(path, mode)
    }

    fn unwatch(&mut self, path: &Path) -> notify::Result<()> {
        self.0.unwatch(path)
    }

    fn kind() -> WatcherKind {
        RecommendedWatcher::kind()
    }
}

fn is_change(kind: &EventKind) -> bool {
    match kind {
        // Closing after writing means a save has finished.
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) => false,
        _ => true,
    }
}
