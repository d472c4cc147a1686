//! `--watch`: tell the main loop when the data file has been saved.
//!
//! What is watched is what the user means: the path as given, following links. Folders are
//! watched rather than files, because many editors save by writing a new file and renaming
//! it over the old one, which would end a watch on the file itself. So are the folders
//! above them, so a folder that is deleted, or renamed away and replaced, is noticed and
//! watched again. For a link, both the link's folder and its target's folder are watched,
//! and the target is found again after every change. Events are debounced (one save is
//! several events) and kept to the paths that matter. The watcher's threads block while
//! nothing happens: there is no polling.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, Sender, SyncSender};
use std::thread;
use std::time::Duration;

use notify_debouncer_mini::notify::event::{AccessKind, AccessMode};
use notify_debouncer_mini::notify::{
    self, EventHandler, EventKind, RecommendedWatcher, RecursiveMode, Watcher, WatcherKind,
};
use notify_debouncer_mini::{Config, DebounceEventResult, Debouncer, new_debouncer_opt};

use crate::events::Event;
use crate::platform::{self, FileId};

/// How long the file must be quiet before a change is reported.
pub const DEBOUNCE: Duration = Duration::from_millis(200);

/// A running watch; dropping it stops it.
pub struct Watch {
    to_manager: Sender<Message>,
}

impl Drop for Watch {
    fn drop(&mut self) {
        let _ = self.to_manager.send(Message::Stop);
    }
}

enum Message {
    Events(DebounceEventResult),
    Stop,
}

/// Starts watching `path`, sending [`Event::DataChanged`] to `tx` after each save, and
/// when the file (or its folder) goes away or comes back.
pub fn start(path: &Path, tx: SyncSender<Event>) -> Result<Watch, String> {
    let fail = |e: notify::Error| format!("{}: cannot watch for changes: {e}", path.display());
    if path.file_name().is_none() {
        return Err(format!("{}: not a file name", path.display()));
    }
    let given = std::path::absolute(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let (to_manager, from_debouncer) = mpsc::channel();
    let handler = to_manager.clone();
    let config = Config::default().with_timeout(DEBOUNCE);
    let debouncer =
        new_debouncer_opt::<_, ChangesOnly>(config, move |result: DebounceEventResult| {
            let _ = handler.send(Message::Events(result));
        })
        .map_err(fail)?;
    let mut manager = Manager {
        given,
        debouncer,
        watched: BTreeMap::new(),
    };
    manager.refresh();
    if manager.watched.is_empty() {
        return Err(format!(
            "{}: cannot watch for changes: none of its folders exists",
            path.display()
        ));
    }
    thread::Builder::new()
        .name("watch".into())
        .spawn(move || manager.run(&from_debouncer, &tx))
        .map_err(|e| format!("{}: cannot watch for changes: {e}", path.display()))?;
    Ok(Watch { to_manager })
}

/// Owns the watcher and keeps its folders in step with where the file is now.
struct Manager {
    /// The path as the user gave it, made absolute (links not followed).
    given: PathBuf,
    debouncer: Debouncer<ChangesOnly>,
    /// Each watched folder with the identity it had when the watch began.
    /// (`None` where the platform cannot tell: then every refresh watches it afresh.)
    watched: BTreeMap<PathBuf, Option<FileId>>,
}

impl Manager {
    fn run(mut self, events: &Receiver<Message>, tx: &SyncSender<Event>) {
        while let Ok(Message::Events(result)) = events.recv() {
            let before = self.target();
            self.refresh();
            let after = self.target();
            let ours = match result {
                Ok(events) => {
                    before != after || events.iter().any(|e| self.concerns(&e.path, &after))
                }
                // The watcher may have missed events (e.g. its queue overflowed): reloading
                // costs little and shows the truth.
                Err(_) => true,
            };
            if ours && tx.send(Event::DataChanged).is_err() {
                return;
            }
        }
    }

    /// Where the file really is, following links, if it exists.
    fn target(&self) -> Option<PathBuf> {
        std::fs::canonicalize(&self.given).ok()
    }

    /// Whether a change at `changed` can change what the file holds: the file itself,
    /// its target, or a folder on the way to either.
    fn concerns(&self, changed: &Path, target: &Option<PathBuf>) -> bool {
        let on_the_way = |to: &Path| to.starts_with(changed);
        on_the_way(&self.given) || target.as_deref().is_some_and(on_the_way)
    }

    /// Watches the folders that hold the file and its target, and the folders above
    /// those (to see them deleted or replaced); stops watching folders no longer needed.
    fn refresh(&mut self) {
        let mut wanted = BTreeSet::new();
        let mut add_folders_of = |file: &Path| {
            let mut folder = file.parent();
            // The file's folder and one above it; the first that exists is enough
            // higher up, to see the missing ones come back.
            for _ in 0..2 {
                let Some(dir) = folder else { break };
                wanted.insert(dir.to_path_buf());
                folder = dir.parent();
            }
            while let Some(dir) = folder {
                if dir.is_dir() {
                    wanted.insert(dir.to_path_buf());
                    break;
                }
                folder = dir.parent();
            }
        };
        add_folders_of(&self.given);
        if let Some(target) = self.target() {
            add_folders_of(&target);
        }
        wanted.retain(|dir| dir.is_dir());
        let watcher = self.debouncer.watcher();
        for gone in self.watched.keys().filter(|dir| !wanted.contains(*dir)) {
            let _ = watcher.unwatch(gone);
        }
        let mut now = BTreeMap::new();
        for dir in wanted {
            let id = platform::file_id(&dir);
            // A folder still watched as the same folder keeps its watch: watching it
            // again would leave a moment in which a save goes unseen. A folder that was
            // replaced needs a fresh watch even though its name was watched.
            let same = id.is_some() && self.watched.get(&dir) == Some(&id);
            if same {
                now.insert(dir, id);
                continue;
            }
            let _ = watcher.unwatch(&dir);
            if watcher.watch(&dir, RecursiveMode::NonRecursive).is_ok() {
                now.insert(dir, id);
            }
        }
        self.watched = now;
    }
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
