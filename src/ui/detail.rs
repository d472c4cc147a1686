//! The detail pane: everything about the selected specialism, or about the selected
//! rung while the ladder has focus. Text is wrapped here, by display width, so the app
//! can count lines for scrolling.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Padding, Paragraph};

use super::pane_block;
use super::theme::Theme;
use crate::action::Action;
use crate::app::{App, Pane};
use crate::data::{Catalogue, Rung, Specialism, pay_label};
use crate::keymap::{self, Mode};
use crate::layout;
use crate::text;

pub fn draw(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let inner = layout::detail_text(area);
    let lines = styled_content(app, theme, inner.width);
    let scroll = u16::try_from(app.detail_scroll()).unwrap_or(u16::MAX);
    let mut block = pane_block(app, theme, Pane::Detail);
    if lines.len() > usize::from(inner.height) {
        let shown = (app.detail_scroll() + usize::from(inner.height)).min(lines.len());
        block = block.title_bottom(
            Line::styled(
                format!(
                    " {shown}/{} {} ",
                    lines.len(),
                    keymap::hint(Mode::Browse, &[Action::PageDown])
                ),
                theme.muted,
            )
            .right_aligned(),
        );
    }
    frame.render_widget(
        Paragraph::new(lines)
            .block(block.padding(Padding::horizontal(1)))
            .scroll((scroll, 0)),
        area,
    );
}

/// The detail text as wrapped lines for a pane `width` columns wide (unstyled use:
/// the app counts these to know how far the text can scroll).
pub fn content(app: &App, width: u16) -> Vec<Line<'static>> {
    styled_content(app, &Theme::default(), width)
}

fn styled_content(app: &App, theme: &Theme, width: u16) -> Vec<Line<'static>> {
    let mut out = Writer {
        lines: Vec::new(),
        width: usize::from(width),
        theme,
    };
    if app.detail_shows_rung() {
        rung(
            &mut out,
            app.catalogue(),
            app.specialism(),
            app.rung_index(),
        );
    } else {
        specialism(&mut out, app.catalogue(), app.specialism());
    }
    out.lines
}

struct Writer<'t> {
    lines: Vec<Line<'static>>,
    width: usize,
    theme: &'t Theme,
}

impl Writer<'_> {
    fn styled(&mut self, text: &str, style: ratatui::style::Style) {
        for line in text::wrap(text, self.width) {
            self.lines.push(Line::styled(line, style));
        }
    }

    fn para(&mut self, text: &str) {
        self.styled(text, self.theme.text);
    }

    fn heading(&mut self, text: &str) {
        if !self.lines.is_empty() {
            self.lines.push(Line::default());
        }
        self.styled(text, self.theme.heading);
    }

    /// A bulleted list with hanging indent.
    fn bullets(&mut self, items: &[String]) {
        let inner = self.width.saturating_sub(2);
        for item in items {
            for (i, line) in text::wrap(item, inner).into_iter().enumerate() {
                let bullet = if i == 0 { "• " } else { "  " };
                self.lines.push(Line::from(vec![
                    Span::styled(bullet, self.theme.accent),
                    Span::styled(line, self.theme.text),
                ]));
            }
        }
    }

    fn section(&mut self, heading: &str, items: &[String]) {
        self.heading(heading);
        self.bullets(items);
    }
}

fn specialism(out: &mut Writer, catalogue: &Catalogue, s: &Specialism) {
    out.styled(&s.name, out.theme.title);
    out.styled(&s.summary, out.theme.muted);
    out.heading("What the work is");
    out.para(&s.about);
    for (heading, items) in catalogue.sections(s) {
        if !items.is_empty() {
            out.section(heading, &items);
        }
    }
    let related = catalogue.related_names(s);
    if !related.is_empty() {
        out.heading("Related specialisms");
        out.para(&related.join(" · "));
    }
    if let Some(link) = catalogue.source(&s.link) {
        out.heading("Find out more");
        out.para(&link.title);
        out.styled(&link.url, out.theme.accent);
    }
    let sources: Vec<String> = s
        .sources
        .iter()
        .filter_map(|id| catalogue.source(id))
        .map(|src| format!("{} ({})", src.title, src.year))
        .collect();
    out.heading("Sources");
    out.bullets(&sources);
}

fn rung(out: &mut Writer, catalogue: &Catalogue, s: &Specialism, index: usize) {
    let rung: &Rung = &s.ladder[index];
    out.styled(&rung.title, out.theme.title);
    let pay = catalogue
        .pay_range(rung)
        .map(|(min, max)| pay_label(min, max))
        .unwrap_or_default();
    let band = rung.band_words();
    let typical = if rung.typical { "Typically " } else { "" };
    out.lines.push(Line::from(vec![
        Span::styled(format!("{typical}{band}"), out.theme.accent),
        Span::styled("  ", out.theme.text),
        Span::styled(format!("{pay} a year"), out.theme.pay),
    ]));
    out.styled(
        &format!(
            "Agenda for Change {} pay, {}, full-time basic",
            catalogue.pay.year, catalogue.pay.region
        ),
        out.theme.muted,
    );
    if let Some(note) = &catalogue.pay.note {
        out.styled(note, out.theme.accent);
    }
    if rung.typical {
        out.styled(
            "No published profile fixes this band; it is the band such roles are usually advertised at.",
            out.theme.muted,
        );
    }
    out.styled(
        &format!("Rung {} of {} · {}", index + 1, s.ladder.len(), s.name),
        out.theme.muted,
    );
    out.heading("Experience");
    out.para(&rung.experience);
    out.heading("What the job involves");
    out.para(&rung.involves);
    let top = index + 1 == s.ladder.len();
    out.heading(if top {
        "Where it can lead"
    } else {
        "Reaching the next rung"
    });
    out.para(&rung.next_step);
    let routes: Vec<String> = catalogue
        .routes_named(&rung.routes)
        .map(|r| format!("{}: {}", r.label(), r.about))
        .collect();
    if !routes.is_empty() {
        out.section("Routes in", &routes);
    }
    out.heading("Pay steps");
    let steps: Vec<String> = catalogue
        .rung_bands(rung)
        .map(|b| format!("Band {}: {}", b.name, b.steps_text()))
        .collect();
    out.bullets(&steps);
    if let Some(source) = catalogue.source(&rung.source) {
        out.heading("Source");
        out.para(&format!("{} ({})", source.title, source.year));
        out.styled(&source.url, out.theme.accent);
    }
}
