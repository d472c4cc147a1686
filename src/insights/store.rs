//! The insights file on disk: checked when the app starts, then one line appended and
//! synced at the end of each visit. Appends are whole lines under an exclusive lock, so two
//! kiosks can share a file; a line cut short by a crash is ended before the next one.

use std::fmt;
use std::fs::{File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::Path;

use super::log::{self, Log, Refused};
use super::record::{HEADER, Visit};

/// An insights file open for appending.
#[derive(Debug)]
pub struct Store {
    file: File,
}

/// Why the insights file cannot be used.
#[derive(Debug)]
pub enum OpenError {
    /// It cannot be created, read or written.
    Io(io::Error),
    /// It is a directory, a device or a pipe.
    NotAFile,
    /// It holds something other than insights.
    Refused(Refused),
}

impl fmt::Display for OpenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OpenError::Io(e) => write!(f, "cannot write to it: {e}"),
            OpenError::NotAFile => write!(f, "not a regular file"),
            OpenError::Refused(refused) => refused.fmt(f),
        }
    }
}

impl From<io::Error> for OpenError {
    fn from(e: io::Error) -> Self {
        OpenError::Io(e)
    }
}

impl Store {
    /// A store whose every write fails, as on a full disk.
    #[cfg(test)]
    pub(crate) fn unwritable(path: &Path) -> Store {
        let file = File::open(path).expect("an existing file, opened read-only");
        Store { file }
    }

    /// Opens (or creates) the file at `path` and reads what it holds. A new file gets its
    /// header at once, so a file that cannot be written is found before the app starts.
    pub fn open(path: &Path) -> Result<(Store, Log), OpenError> {
        if path.is_dir() {
            return Err(OpenError::NotAFile);
        }
        let mut file = OpenOptions::new()
            .read(true)
            .append(true)
            .create(true)
            .open(path)?;
        if !file.metadata()?.is_file() {
            return Err(OpenError::NotAFile);
        }
        file.lock()?;
        let result = Store::check(&mut file);
        let unlocked = file.unlock();
        let log = result?;
        unlocked?;
        Ok((Store { file }, log))
    }

    /// Reads the file under the lock, and writes the header if it has none yet.
    fn check(file: &mut File) -> Result<Log, OpenError> {
        let mut bytes = Vec::new();
        file.seek(SeekFrom::Start(0))?;
        file.read_to_end(&mut bytes)?;
        let log = log::parse(&bytes).map_err(OpenError::Refused)?;
        if !bytes.starts_with(HEADER.as_bytes()) {
            // Empty, or a header cut short when the file was being created.
            file.set_len(0)?;
            file.write_all(format!("{HEADER}\n").as_bytes())?;
            file.sync_all()?;
        }
        Ok(log)
    }

    /// Appends one visit and waits until it is on disk.
    pub fn append(&mut self, visit: &Visit) -> io::Result<()> {
        self.file.lock()?;
        let result = self.append_locked(visit);
        let unlocked = self.file.unlock();
        result.and(unlocked)
    }

    fn append_locked(&mut self, visit: &Visit) -> io::Result<()> {
        let mut line = visit.to_line();
        let len = self.file.metadata()?.len();
        if len == 0 {
            // Emptied while the app ran: it is an insights file again.
            line.insert_str(0, &format!("{HEADER}\n"));
        } else {
            // A record left without its newline (the app killed mid-write) is ended first,
            // so it stays one torn line and this one stays whole.
            let mut last = [0u8];
            self.file.seek(SeekFrom::Start(len - 1))?;
            self.file.read_exact(&mut last)?;
            if last[0] != b'\n' {
                line.insert(0, '\n');
            }
        }
        self.file.write_all(line.as_bytes())?;
        self.file.sync_data()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn visit(n: u64) -> Visit {
        Visit {
            date: "2026-12-08".into(),
            hour: 10,
            seconds: n * 10,
            nation: "wales".into(),
            ..Visit::default()
        }
    }

    #[test]
    fn a_new_file_gets_its_header_and_visits_read_back() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("stand.jsonl");
        let (mut store, log) = Store::open(&path).expect("opens");
        assert_eq!(log, Log::default());
        assert_eq!(
            std::fs::read_to_string(&path).expect("read"),
            format!("{HEADER}\n")
        );
        store.append(&visit(1)).expect("append");
        store.append(&visit(2)).expect("append");
        drop(store);
        let (_, log) = Store::open(&path).expect("reopens");
        assert_eq!(log.visits, vec![visit(1), visit(2)]);
    }

    #[test]
    fn a_file_emptied_while_the_app_runs_gets_its_header_back() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("stand.jsonl");
        let (mut store, _) = Store::open(&path).expect("opens");
        std::fs::write(&path, "").expect("emptied");
        store.append(&visit(1)).expect("append");
        let (_, log) = Store::open(&path).expect("reopens");
        assert_eq!(log.visits, vec![visit(1)]);
    }

    #[test]
    fn a_torn_last_line_is_ended_before_the_next_record() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("stand.jsonl");
        let whole = visit(1).to_line();
        let torn = &visit(2).to_line()[..15];
        std::fs::write(&path, format!("{HEADER}\n{whole}{torn}")).expect("write");
        let (mut store, log) = Store::open(&path).expect("a torn record is not corruption");
        assert_eq!((log.visits.len(), log.torn), (1, 1));
        store.append(&visit(3)).expect("append");
        let (_, log) = Store::open(&path).expect("reopens");
        assert_eq!(log.visits, vec![visit(1), visit(3)]);
        assert_eq!(log.torn, 1);
    }

    #[test]
    fn what_cannot_hold_insights_is_refused() {
        let dir = tempfile::tempdir().expect("temp dir");
        assert!(matches!(Store::open(dir.path()), Err(OpenError::NotAFile)));
        let missing = dir.path().join("no-such-folder").join("stand.jsonl");
        assert!(matches!(Store::open(&missing), Err(OpenError::Io(_))));
        let other = dir.path().join("careers.ron");
        std::fs::write(&other, "(title: \"x\")\n").expect("write");
        let refused = Store::open(&other).expect_err("another kind");
        assert!(
            refused
                .to_string()
                .starts_with("line 1: not a hi-tui insights file")
        );
        assert_eq!(
            std::fs::read_to_string(&other).expect("read"),
            "(title: \"x\")\n"
        );
    }

    /// Two kiosks sharing one file, each with its own handle, writing at once: every
    /// record arrives whole.
    #[test]
    fn two_writers_at_once_lose_nothing() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("stand.jsonl");
        let writers: Vec<_> = (0..2)
            .map(|w| {
                let path = path.clone();
                std::thread::spawn(move || {
                    let (mut store, _) = Store::open(&path).expect("opens");
                    for n in 0..200 {
                        store.append(&visit(w * 1000 + n)).expect("append");
                    }
                })
            })
            .collect();
        for writer in writers {
            writer.join().expect("writer");
        }
        let (_, log) = Store::open(&path).expect("reopens");
        assert_eq!(log.torn, 0);
        let mut seconds: Vec<u64> = log.visits.iter().map(|v| v.seconds).collect();
        seconds.sort_unstable();
        let mut expected: Vec<u64> = (0..2)
            .flat_map(|w| (0..200).map(move |n| (w * 1000 + n) * 10))
            .collect();
        expected.sort_unstable();
        assert_eq!(seconds, expected);
    }
}
