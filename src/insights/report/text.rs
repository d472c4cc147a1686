//! The report as text to read in a terminal: a headline and what was taken away, then
//! each chart as labelled
//! bars scaled to its largest count, no line wider than [`WIDTH`] columns.

use super::Summary;
use super::chart::{Chart, bar_len, headline, take_aways};
use crate::text::{truncate, width};

/// The widest line, in columns.
pub const WIDTH: usize = 80;
/// The widest label; longer ones are cut with "…".
const LABEL_MAX: usize = 42;
/// A bar's unit: seven eighths of a cell high, so the bars of neighbouring rows stay
/// apart where full blocks would run together into one shape.
pub const BAR: char = '▇';
/// Before each row.
const INDENT: &str = "  ";

pub fn write(summary: &Summary) -> String {
    let mut out = truncate(&headline(summary), WIDTH);
    out.push('\n');
    for line in take_aways(summary) {
        out.push_str(&line);
        out.push('\n');
    }
    for chart in summary.charts() {
        out.push('\n');
        out.push_str(chart.title);
        out.push('\n');
        bars(&mut out, &chart);
    }
    out
}

fn bars(out: &mut String, chart: &Chart) {
    if chart.rows.is_empty() {
        line(out, chart.empty);
    }
    let label_width = chart
        .rows
        .iter()
        .map(|r| width(&r.label))
        .max()
        .unwrap_or(0)
        .min(LABEL_MAX);
    let max = chart.max();
    let count_width = max.to_string().len();
    // Indent, label, two spaces, the bars, a space, the count.
    let bar_width = WIDTH - INDENT.len() - label_width - 2 - 1 - count_width;
    for row in &chart.rows {
        let label = truncate(&row.label, label_width);
        let pad = label_width - width(&label);
        let bar = BAR.to_string().repeat(bar_len(row.visits, max, bar_width));
        let gap = bar_width - bar_len(row.visits, max, bar_width);
        out.push_str(&format!(
            "{INDENT}{label}{:pad$}  {bar}{:gap$} {:>count_width$}\n",
            "", "", row.visits
        ));
    }
    if chart.left_off > 0 {
        line(
            out,
            &format!(
                "… and {} more (--format json lists them all)",
                chart.left_off
            ),
        );
    }
    if let Some(note) = &chart.note {
        line(out, note);
    }
}

/// A line of the report's own words (counts, never the file's text): short enough.
fn line(out: &mut String, text: &str) {
    out.push_str(INDENT);
    out.push_str(text);
    out.push('\n');
}
