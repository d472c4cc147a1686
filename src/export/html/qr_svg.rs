//! A QR code as inline SVG, from the same [`Grid`] the terminal's take-away draws, so
//! the printed code and the one on screen are the same matrix.

use super::writer::Html;
use crate::qr::Grid;

/// An SVG of the QR code for `url`, named for assistive technology by its `<title>`
/// (`title_id` must be unique in the page). Nothing when the text is too long to encode.
pub fn write(html: &mut Html, url: &str, title_id: &str) {
    let Some(grid) = Grid::encode(url) else {
        return;
    };
    let size = grid.size.to_string();
    html.trusted(r#"<svg xmlns="http://www.w3.org/2000/svg" class="qr" viewBox="0 0 "#);
    html.trusted_numbers(&format!("{size} {size}"));
    html.trusted(r#"" shape-rendering="crispEdges" role="img" aria-labelledby=""#);
    html.text(title_id);
    html.trusted(r#"">"#);
    html.inline("title", &[("id", title_id)], &format!("QR code for {url}"));
    // The light background is part of the code (its quiet zone), whatever the theme.
    html.trusted(r##"<path fill="#fff" d="M0 0h"##);
    html.trusted_numbers(&format!("{size}v{size}H0z"));
    html.trusted(r##""/><path fill="#000" d=""##);
    html.trusted_numbers(&dark_path(&grid));
    html.trusted(r#""/></svg>"#);
}

/// Path data drawing each horizontal run of dark modules as one rectangle:
/// `M{x} {y}h{run}v1h-{run}z`.
fn dark_path(grid: &Grid) -> String {
    let mut d = String::new();
    for y in 0..grid.size {
        let mut x = 0;
        while x < grid.size {
            if !grid.is_dark(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < grid.size && grid.is_dark(x, y) {
                x += 1;
            }
            let run = x - start;
            d.push_str(&format!("M{start} {y}h{run}v1h-{run}z"));
        }
    }
    d
}
