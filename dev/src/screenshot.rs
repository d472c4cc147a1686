//! Screenshots that cannot go stale: the app's real rendering, driven through a scripted
//! tour and exported from ratatui's buffer to SVG. `cargo run --example screenshots`
//! writes them to `screenshots/`; `tests/screenshots.rs` fails when those files differ.
//! One more picture, [`report`], shows the text of `hi-tui insights`.

mod box_table;
mod glyphs;
pub mod keys;
pub mod palette;
pub mod report;
mod svg;
pub mod tour;

pub use svg::{to_svg, to_svg_with};
pub use tour::{Shot, TOUR};

/// The folder the screenshots live in, relative to the crate root.
pub const DIR: &str = "screenshots";

/// Every picture's file name: the tour's, then the report's.
pub fn files() -> Vec<&'static str> {
    TOUR.iter().map(|s| s.file).chain([report::FILE]).collect()
}
