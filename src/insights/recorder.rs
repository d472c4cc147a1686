//! Saving ended visits as the app runs: each is stamped with the local date and hour it
//! began and appended to the store. Visits that cannot be written (a full disk) wait in
//! memory and are tried again after the next visit, and the app says so in one line.

use std::time::{Instant, SystemTime};

use super::clock;
use super::record::{Ended, Visit};
use super::store::Store;

/// The most visits kept waiting while the file cannot be written.
const MAX_WAITING: usize = 10_000;

#[derive(Debug)]
pub struct Recorder {
    store: Store,
    /// The same moment by both clocks, to turn an `Instant` into a time of day.
    started: (Instant, SystemTime),
    waiting: Vec<Visit>,
}

impl Recorder {
    pub fn new(store: Store, now: Instant, wall: SystemTime) -> Recorder {
        Recorder {
            store,
            started: (now, wall),
            waiting: Vec::new(),
        }
    }

    /// Saves `ended` after any visits still waiting. Returns the warning to show while
    /// some could not be saved, `None` once all are.
    pub fn save(&mut self, ended: Vec<Ended>) -> Option<String> {
        for Ended { began, mut visit } in ended {
            let wall = match began.checked_duration_since(self.started.0) {
                Some(after) => self.started.1 + after,
                None => self.started.1,
            };
            (visit.date, visit.hour) = clock::local_hour(wall);
            if self.waiting.len() < MAX_WAITING {
                self.waiting.push(visit);
            }
        }
        let mut saved = 0;
        let mut failure = None;
        for visit in &self.waiting {
            if let Err(e) = self.store.append(visit) {
                failure = Some(e);
                break;
            }
            saved += 1;
        }
        self.waiting.drain(..saved);
        failure.map(|e| {
            let visits = match self.waiting.len() {
                1 => String::from("1 visit"),
                n => format!("{n} visits"),
            };
            format!("Insights not saved ({e}): {visits} kept until it can be — the stand runs on")
        })
    }

    /// How many ended visits are waiting to be written.
    pub fn waiting(&self) -> usize {
        self.waiting.len()
    }
}
