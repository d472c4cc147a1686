//! The report as JSON for other programs: the [`Summary`] with every count (no list cut
//! short), its fields in a fixed order.

use super::Summary;

pub fn write(summary: &Summary) -> String {
    // Strings, numbers and lists of them always serialise.
    let mut json = serde_json::to_string_pretty(summary).unwrap_or_default();
    json.push('\n');
    json
}
