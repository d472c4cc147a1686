//! The take-away shortlist: the pinned rungs in a QR code (or, in a small window, one code
//! per rung) with the same text beside it, so a visitor sees what their phone will get.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph};

use super::share::QR_STYLE;
use super::theme::Theme;
use crate::action::Action;
use crate::app::App;
use crate::keymap::{self, Mode};
use crate::shortlist::{self, TEXT_COLUMNS};
use crate::text;

pub fn draw(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    frame.render_widget(Clear, area);
    let catalogue = app.catalogue();
    let max = shortlist::max_modules(area.width, area.height);
    let offered: Vec<Action> = [Action::NextPane, Action::PaneRight, Action::Close]
        .into_iter()
        .filter(|a| app.offers(a))
        .collect();
    let keys = keymap::hint(Mode::Share, &offered);
    let Some(codes) = shortlist::codes(catalogue, app.pins(), max) else {
        let mut lines = vec![Line::styled("Your shortlist", theme.title)];
        lines.extend(wrapped(
            "This window is too small for a QR code of your shortlist that scans: enlarge it to at least 100x30.",
            area.width,
            theme.warning,
        ));
        lines.push(Line::default());
        let full = shortlist::text(catalogue, app.pins());
        lines.extend(wrapped(&full, area.width, theme.text));
        lines.push(Line::styled(keys, theme.muted));
        return frame.render_widget(Paragraph::new(lines), area);
    };
    let page = app.sharing().page.min(codes.len() - 1);
    let code = &codes[page];
    let (cols, rows) = code.grid.cells();
    let beside = area.width >= cols + TEXT_COLUMNS && rows <= area.height;

    let mut about = vec![Line::styled("Your shortlist: scan to keep it", theme.title)];
    if codes.len() > 1 {
        about.push(Line::styled(
            format!("Code {} of {}: one for each rung", page + 1, codes.len()),
            theme.accent,
        ));
    }
    about.push(Line::styled(
        "No account, no network, nothing stored",
        theme.muted,
    ));

    let (qr_area, text_area) = if beside {
        let top = area.y + area.height.saturating_sub(rows) / 2;
        let qr = Rect::new(area.x, top, cols, rows);
        let text = Rect::new(
            area.x + cols + 1,
            area.y,
            area.width - cols - 1,
            area.height,
        );
        (qr, text)
    } else {
        let left = area.x + area.width.saturating_sub(cols) / 2;
        let qr = Rect::new(
            left,
            area.y + 1,
            cols.min(area.width),
            rows.min(area.height - 2),
        );
        (qr, area)
    };
    // Without colour, light modules are drawn as blocks in the terminal's own (light on
    // dark) text colour: an inverted code, which phone scanners read as well.
    let (qr_rows, style) = if theme.colour {
        (code.grid.half_block_rows(false), QR_STYLE)
    } else {
        (code.grid.half_block_rows(true), Style::new())
    };
    let qr_lines: Vec<Line> = qr_rows
        .into_iter()
        .map(|row| Line::styled(row, style))
        .collect();
    frame.render_widget(Paragraph::new(qr_lines), qr_area);

    if beside {
        let mut lines = about;
        lines.push(Line::default());
        lines.extend(wrapped(&code.text, text_area.width, theme.text));
        lines.push(Line::default());
        lines.extend(wrapped(&keys, text_area.width, theme.muted));
        frame.render_widget(Paragraph::new(lines), text_area);
    } else {
        let title = text::truncate(&text_of(&about), usize::from(area.width));
        frame.render_widget(
            Paragraph::new(Line::styled(title, theme.title)),
            Rect::new(area.x, area.y, area.width, 1),
        );
        let hint = text::truncate(&keys, usize::from(area.width));
        frame.render_widget(
            Paragraph::new(Line::styled(hint, theme.muted)),
            Rect::new(area.x, area.bottom() - 1, area.width, 1),
        );
    }
}

fn wrapped(text: &str, width: u16, style: Style) -> Vec<Line<'static>> {
    text.lines()
        .flat_map(|line| text::wrap(line, usize::from(width).max(1)))
        .map(|line| Line::styled(line, style))
        .collect()
}

fn text_of(lines: &[Line]) -> String {
    lines
        .iter()
        .map(|line| {
            line.spans
                .iter()
                .map(|s| s.content.as_ref())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join(" · ")
}
