//! The README's picture of `hi-tui insights`: the text report on the sample file in
//! `tests/fixtures`, under the command that prints it, drawn as a terminal shows it.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};

use super::svg::to_svg;
use hi_tui::data::Catalogue;
use hi_tui::insights::log;
use hi_tui::insights::report::{Format, Summary, render as report};

/// The picture's name in `screenshots/`.
pub const FILE: &str = "insights-report.svg";
/// A day at a stand: 38 visits and one record torn by a power cut.
const SAMPLE: &str = include_str!("../../../tests/fixtures/insights-stand.jsonl");
const COMMAND: &str = "$ hi-tui insights stand.jsonl";
/// The report's widest line.
const WIDTH: u16 = 80;

/// The picture, as SVG.
pub fn render(catalogue: &Catalogue) -> Result<String, String> {
    let log = log::parse(SAMPLE.as_bytes()).map_err(|e| format!("{FILE}: {e}"))?;
    let text = report(&Summary::from(&log, catalogue), Format::Text, "stand.jsonl");
    let lines: Vec<&str> = std::iter::once(COMMAND).chain(text.lines()).collect();
    let height = u16::try_from(lines.len()).map_err(|e| format!("{FILE}: {e}"))?;
    let mut buffer = Buffer::empty(Rect::new(0, 0, WIDTH, height));
    for (y, line) in (0..).zip(&lines) {
        let style = if y == 0 {
            Style::default().add_modifier(Modifier::BOLD)
        } else {
            Style::default()
        };
        buffer.set_string(0, y, line, style);
    }
    Ok(to_svg(&buffer))
}
