//! The report as one self-contained web page: the export's stylesheet and escaping, and
//! each chart as an inline SVG of bars with text labels, named for assistive technology
//! by a `<title>` that says every bar in words. No script, nothing fetched; it prints on
//! A4.

use super::Summary;
use super::chart::{Chart, bar_len, headline, take_aways, visits};
use crate::export::html::css::{STYLE, page_footer};
use crate::export::html::head_start;
use crate::export::html::writer::Html;
use crate::text::{truncate, width};

/// The charts' own rules, in the export's colours (so its contrast checks cover them).
const CHART_STYLE: &str = r#".headline { font-size: 1.25rem; font-weight: 600; }
.chart { break-inside: avoid; }
svg.bars {
  display: block; width: 100%; max-width: 40rem; height: auto; margin: 0 0 0.5rem;
  font: 13px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
}
svg.bars text { fill: var(--text); }
svg.bars .bar { fill: var(--link); }
@media print {
  h2 { margin-top: 0.6rem; }
  .chart { break-inside: avoid; }
}
"#;

/// The chart's width in SVG units; its height follows the rows.
const VIEW_WIDTH: usize = 640;
const ROW: usize = 24;
const BAR_HEIGHT: usize = 16;
/// Units a column of 13px text takes, generously.
const COLUMN: usize = 7;
/// The widest label in columns; longer ones are cut with "…" (the title has them whole).
const LABEL_MAX: usize = 50;

pub fn write(summary: &Summary, file: &str) -> String {
    let mut html = Html::default();
    head_start(&mut html);
    html.line("title", &[], &format!("Stand insights: {file}"));
    let footer = format!("hi-tui stand insights from {file}");
    html.style(&[STYLE, CHART_STYLE, &page_footer(&footer)]);
    html.close("head");
    html.newline();
    html.open("body", &[]);
    html.newline();
    html.open("header", &[]);
    html.newline();
    html.line("h1", &[], "Stand insights");
    html.line("p", &[("class", "headline")], &headline(summary));
    html.list(&take_aways(summary));
    html.line(
        "p",
        &[("class", "note")],
        &format!(
            "Anonymous counts of the visits to a hi-tui kiosk recorded in {file}. Each chart's bars are scaled to its largest count."
        ),
    );
    html.close("header");
    html.newline();
    html.open("main", &[]);
    html.newline();
    for (n, chart) in summary.charts().iter().enumerate() {
        section(&mut html, chart, &format!("chart-{}", n + 1));
    }
    html.close("main");
    html.newline();
    html.line("footer", &[("class", "page-footer")], &footer);
    html.close("body");
    html.newline();
    html.close("html");
    html.newline();
    html.finish()
}

fn section(html: &mut Html, chart: &Chart, id: &str) {
    html.open("section", &[("class", "chart"), ("aria-labelledby", id)]);
    html.newline();
    html.line("h2", &[("id", id)], chart.title);
    if chart.rows.is_empty() {
        html.line("p", &[], chart.empty);
    } else {
        bars(html, chart, id);
    }
    if chart.left_off > 0 {
        html.line(
            "p",
            &[("class", "note")],
            &format!(
                "And {} more, not shown (the JSON report lists them all).",
                chart.left_off
            ),
        );
    }
    if let Some(note) = &chart.note {
        html.line("p", &[("class", "note")], note);
    }
    html.close("section");
    html.newline();
}

/// The chart in words, for its `<title>`: "Visits by hour: 09:00, 3 visits; 10:00, 1 visit."
pub fn in_words(chart: &Chart) -> String {
    let bars: Vec<String> = chart
        .rows
        .iter()
        .map(|r| format!("{}, {}", r.label, visits(r.visits)))
        .collect();
    format!("{}: {}.", chart.title, bars.join("; "))
}

fn bars(html: &mut Html, chart: &Chart, id: &str) {
    let label_columns = chart
        .rows
        .iter()
        .map(|r| width(&r.label))
        .max()
        .unwrap_or(0)
        .min(LABEL_MAX);
    let max = chart.max();
    let bar_x = label_columns * COLUMN + 12;
    let count_width = (max.to_string().len() + 1) * COLUMN;
    let bar_width = VIEW_WIDTH - bar_x - count_width;
    let height = chart.rows.len() * ROW + 4;
    let title_id = format!("{id}-title");
    html.open(
        "svg",
        &[
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("class", "bars"),
            ("viewBox", &format!("0 0 {VIEW_WIDTH} {height}")),
            ("role", "img"),
            ("aria-labelledby", &title_id),
        ],
    );
    html.newline();
    html.line("title", &[("id", &title_id)], &in_words(chart));
    for (i, row) in chart.rows.iter().enumerate() {
        let top = i * ROW;
        let baseline = (top + 17).to_string();
        let len = bar_len(row.visits, max, bar_width);
        html.open("g", &[]);
        html.inline(
            "title",
            &[],
            &format!("{}: {}", row.label, visits(row.visits)),
        );
        html.inline(
            "text",
            &[("x", "0"), ("y", &baseline)],
            &truncate(&row.label, label_columns),
        );
        html.open(
            "rect",
            &[
                ("class", "bar"),
                ("x", &bar_x.to_string()),
                ("y", &(top + 4).to_string()),
                ("width", &len.to_string()),
                ("height", &BAR_HEIGHT.to_string()),
            ],
        );
        html.close("rect");
        html.inline(
            "text",
            &[("x", &(bar_x + len + 6).to_string()), ("y", &baseline)],
            &row.visits.to_string(),
        );
        html.close("g");
        html.newline();
    }
    html.close("svg");
    html.newline();
}
