//! The content as text for other readers: a Markdown document for people (hand-outs,
//! screen readers), JSON for programs, and a web page to print or publish. Pure
//! functions of a [`Catalogue`].

mod budget;
pub mod html;
mod json;
mod markdown;

use clap::ValueEnum;

use crate::data::Catalogue;

pub use budget::{MAX_OUTPUT_BYTES, bound};
pub use html::{UnknownSpecialism, to_html};
pub use json::to_json;
pub use markdown::to_markdown;

/// The text formats `hi-tui export` can write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// A readable document: every specialism, its ladder, the pay table and the sources.
    Markdown,
    /// The whole catalogue for other programs, with each rung's pay range filled in.
    Json,
    /// One self-contained web page to print (A4, a specialism a page) or publish.
    Html,
}

/// Why an export could not be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportError {
    /// `--only` named a specialism the data does not have.
    Unknown(UnknownSpecialism),
    /// `--only` with a format that has no hand-out.
    OnlyNeedsHtml(Format),
    /// The export could grow past [`MAX_OUTPUT_BYTES`] (its bound, in bytes).
    TooLarge(usize),
}

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ExportError::Unknown(e) => e.fmt(f),
            ExportError::OnlyNeedsHtml(format) => write!(
                f,
                "--only makes a one-specialism hand-out, which needs --format html (not {})",
                format
                    .to_possible_value()
                    .map_or_else(String::new, |v| v.get_name().to_owned())
            ),
            ExportError::TooLarge(bound) => write!(
                f,
                "this export could grow to {} MiB, over hi-tui's limit of {} MiB, so it was not made: some long text is repeated wherever it is referred to (a source's title at every citation, a route's name under every rung); shorten it",
                bound.div_ceil(1024 * 1024),
                MAX_OUTPUT_BYTES / (1024 * 1024)
            ),
        }
    }
}

impl std::error::Error for ExportError {}

/// The catalogue in the given format, ending with a newline.
pub fn render(catalogue: &Catalogue, format: Format) -> String {
    match format {
        Format::Markdown => to_markdown(catalogue),
        Format::Json => to_json(catalogue),
        Format::Html => to_html(catalogue),
    }
}

/// Like [`render`], or with `only`, a hand-out for the specialism with that id. Refused,
/// before anything is built, when it could grow past [`MAX_OUTPUT_BYTES`].
pub fn render_only(
    catalogue: &Catalogue,
    format: Format,
    only: Option<&str>,
) -> Result<String, ExportError> {
    let bound = bound(catalogue, format);
    if bound > MAX_OUTPUT_BYTES {
        return Err(ExportError::TooLarge(bound));
    }
    match (only, format) {
        (None, format) => Ok(render(catalogue, format)),
        (Some(id), Format::Html) => html::hand_out(catalogue, id).map_err(ExportError::Unknown),
        (Some(_), format) => Err(ExportError::OnlyNeedsHtml(format)),
    }
}
