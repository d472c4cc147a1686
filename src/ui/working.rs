//! The "Working in the NHS" page: practical facts from the data file, topic by topic,
//! in a scrollable popup over the panes.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Padding, Paragraph};

use super::theme::Theme;
use crate::app::App;
use crate::data::Catalogue;
use crate::text;

/// The page reads best at a book-like width, even in a wide terminal.
const MAX_WIDTH: u16 = 96;

pub fn draw(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let popup = popup_area(area);
    let inner = text_area(popup);
    let lines = content(app.catalogue(), theme, inner.width);
    let visible = usize::from(inner.height);
    let scroll = app
        .working_scroll()
        .min(lines.len().saturating_sub(visible));
    let mut block = Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(theme.border_focused)
        .title(" Working in the NHS ")
        .padding(Padding::horizontal(1));
    if lines.len() > visible {
        let shown = (scroll + visible).min(lines.len());
        block = block.title_bottom(
            Line::styled(format!(" {shown}/{} ", lines.len()), theme.muted).right_aligned(),
        );
    }
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .scroll((u16::try_from(scroll).unwrap_or(u16::MAX), 0)),
        popup,
    );
}

/// (lines of text, lines visible at once) at the app's current size, so the app can keep
/// its scroll in range.
pub fn measure(app: &App) -> (usize, usize) {
    let (w, h) = app.size();
    let inner = text_area(popup_area(Rect::new(0, 0, w, h)));
    let lines = content(app.catalogue(), &Theme::default(), inner.width).len();
    (lines, usize::from(inner.height))
}

/// Between the header and footer rows, centred, at most [`MAX_WIDTH`] wide.
fn popup_area(area: Rect) -> Rect {
    let width = area.width.min(MAX_WIDTH);
    let height = area.height.saturating_sub(2);
    Rect::new(
        area.x + (area.width - width) / 2,
        area.y + area.height.min(1),
        width,
        height,
    )
}

/// Inside the border and the one-column padding either side.
fn text_area(popup: Rect) -> Rect {
    Rect::new(
        popup.x.saturating_add(2),
        popup.y.saturating_add(1),
        popup.width.saturating_sub(4),
        popup.height.saturating_sub(2),
    )
}

fn content(catalogue: &Catalogue, theme: &Theme, width: u16) -> Vec<Line<'static>> {
    let width = usize::from(width);
    let mut lines: Vec<Line<'static>> = Vec::new();
    let para = |lines: &mut Vec<Line<'static>>, text: &str, style| {
        for line in text::wrap(text, width) {
            lines.push(Line::styled(line, style));
        }
    };
    if catalogue.working.is_empty() {
        para(
            &mut lines,
            "This data file has no Working in the NHS page.",
            theme.muted,
        );
        return lines;
    }
    let pay = &catalogue.pay;
    para(
        &mut lines,
        &format!(
            "Pay figures in hi-tui are Agenda for Change {}, {}.",
            pay.year, pay.region
        ),
        theme.muted,
    );
    if let Some(note) = &pay.note {
        para(&mut lines, note, theme.accent);
    }
    for topic in &catalogue.working {
        lines.push(Line::default());
        para(&mut lines, &topic.heading, theme.heading);
        for point in &topic.points {
            for (i, line) in text::wrap(point, width.saturating_sub(2))
                .into_iter()
                .enumerate()
            {
                let bullet = if i == 0 { "• " } else { "  " };
                lines.push(Line::from(vec![
                    Span::styled(bullet, theme.accent),
                    Span::styled(line, theme.text),
                ]));
            }
        }
        let cited: Vec<String> = topic
            .sources
            .iter()
            .filter_map(|id| catalogue.source(id))
            .map(|s| format!("{} ({})", s.title, s.year))
            .collect();
        if !cited.is_empty() {
            para(
                &mut lines,
                &format!("Sources: {}", cited.join("; ")),
                theme.muted,
            );
        }
    }
    lines
}
