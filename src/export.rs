//! The content as text for other readers: a Markdown document for people (hand-outs,
//! screen readers) and JSON for programs. Pure functions of a [`Catalogue`].

mod json;
mod markdown;

use clap::ValueEnum;

use crate::data::Catalogue;

pub use json::to_json;
pub use markdown::to_markdown;

/// The text formats `hi-tui export` can write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// A readable document: every specialism, its ladder, the pay table and the sources.
    Markdown,
    /// The whole catalogue for other programs, with each rung's pay range filled in.
    Json,
}

/// The catalogue in the given format, ending with a newline.
pub fn render(catalogue: &Catalogue, format: Format) -> String {
    match format {
        Format::Markdown => to_markdown(catalogue),
        Format::Json => to_json(catalogue),
    }
}
