//! The local date and hour a visit began, from the wall clock (the app itself only sees
//! `Instant`s, which say nothing of the time of day).

use std::time::SystemTime;

use jiff::Timestamp;
use jiff::tz::TimeZone;

/// The local date (`2026-12-08`) and hour (0–23) of `when`, in the system's time zone
/// (UTC where it cannot be found).
pub fn local_hour(when: SystemTime) -> (String, u8) {
    let Ok(timestamp) = Timestamp::try_from(when) else {
        return (String::from("unknown"), 0);
    };
    let zoned = timestamp.to_zoned(TimeZone::try_system().unwrap_or(TimeZone::UTC));
    let hour = u8::try_from(zoned.hour()).unwrap_or(0);
    (zoned.date().to_string(), hour)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, UNIX_EPOCH};

    #[test]
    fn the_hour_is_within_a_day_and_the_date_is_iso() {
        let noon = UNIX_EPOCH + Duration::from_secs(1_796_731_200); // 2026-12-08 12:00 UTC
        let (date, hour) = local_hour(noon);
        assert!(hour < 24);
        assert_eq!(date.len(), 10, "{date}");
        assert!(date.starts_with("2026-12-0"), "{date}");
    }
}
