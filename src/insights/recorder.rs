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

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn ended(began: Instant, seconds: u64) -> Ended {
        Ended {
            began,
            visit: Visit {
                seconds,
                nation: "england".into(),
                ..Visit::default()
            },
        }
    }

    #[test]
    fn visits_are_stamped_with_their_local_hour_and_saved() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("stand.jsonl");
        let (store, _) = Store::open(&path).expect("opens");
        let (now, wall) = (Instant::now(), SystemTime::now());
        let mut recorder = Recorder::new(store, now, wall);
        let later = now + Duration::from_secs(7200);
        assert_eq!(recorder.save(vec![ended(now, 10), ended(later, 20)]), None);
        assert_eq!(recorder.waiting(), 0);
        let (_, log) = Store::open(&path).expect("reopens");
        let stamps: Vec<(String, u8, u64)> = log
            .visits
            .iter()
            .map(|v| (v.date.clone(), v.hour, v.seconds))
            .collect();
        let at = |w: SystemTime| clock::local_hour(w);
        let (d0, h0) = at(wall);
        let (d1, h1) = at(wall + Duration::from_secs(7200));
        assert_eq!(stamps, vec![(d0, h0, 10), (d1, h1, 20)]);
    }

    #[test]
    fn visits_that_cannot_be_written_wait_and_are_written_later_in_order() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("stand.jsonl");
        let (store, _) = Store::open(&path).expect("opens");
        let now = Instant::now();
        let mut recorder = Recorder::new(Store::unwritable(&path), now, SystemTime::now());
        let warning = recorder.save(vec![ended(now, 10)]).expect("a warning");
        assert!(warning.starts_with("Insights not saved ("), "{warning}");
        assert!(warning.contains("1 visit kept"), "{warning}");
        let warning = recorder.save(vec![ended(now, 20)]).expect("a warning");
        assert!(warning.contains("2 visits kept"), "{warning}");
        assert_eq!(recorder.waiting(), 2);

        recorder.store = store;
        assert_eq!(recorder.save(Vec::new()), None);
        assert_eq!(recorder.waiting(), 0);
        let (_, log) = Store::open(&path).expect("reopens");
        let seconds: Vec<u64> = log.visits.iter().map(|v| v.seconds).collect();
        assert_eq!(seconds, vec![10, 20]);
    }

    #[test]
    fn no_more_than_the_most_waiting_are_kept() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("stand.jsonl");
        Store::open(&path).expect("creates");
        let now = Instant::now();
        let mut recorder = Recorder::new(Store::unwritable(&path), now, SystemTime::now());
        recorder.waiting = vec![Visit::default(); MAX_WAITING - 1];
        recorder.save(vec![ended(now, 10), ended(now, 20)]);
        assert_eq!(recorder.waiting(), MAX_WAITING);
    }
}
