//! Stand insights (`--kiosk --insights FILE`): one anonymous record per visit, appended to
//! a JSON Lines file, and the report that sums them up (`hi-tui insights FILE`).
//!
//! What a record holds is fixed by [`record::Visit`]: the hour a visit began, its length,
//! the nation and stage, what was viewed and pinned, the quiz's top result and whether a
//! QR code was shown. Never keys, search text or anything typed.

pub mod clock;
pub mod log;
pub mod record;
pub mod recorder;
pub mod report;
pub mod store;

pub use log::{Log, Refused};
pub use record::{Ended, HEADER, RungRef, Visit};
pub use recorder::Recorder;
pub use store::{OpenError, Store};
