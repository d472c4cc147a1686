//! The take-away: a QR code of the selected item's link, drawn with half blocks in black
//! on white whatever the theme (scanners need dark-on-light), with the URL beneath.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Clear, Paragraph};

use super::centered;
use super::theme::Theme;
use crate::action::Action;
use crate::app::App;
use crate::keymap::{self, Mode};
use crate::qr::Grid;
use crate::text;

/// The widest the popup grows to fit a long link on fewer lines.
const MAX_URL_WIDTH: u16 = 76;

/// The colours a QR code must have to scan, independent of theme and terminal palette.
pub const QR_STYLE: Style = Style::new().fg(Color::Black).bg(Color::White);

pub fn draw(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    if app.sharing_shortlist() {
        return super::shortlist::draw(app, theme, frame, area);
    }
    let Some(source) = app.share_link() else {
        return;
    };
    // The sturdier code where it fits, else the smaller one: a long link still scans in
    // a window that can only hold the smaller code.
    let grids = [
        Grid::encode_robust(&source.url, true),
        Grid::encode_robust(&source.url, false),
    ];
    let heading = format!("Scan to open: {}", source.title);
    let block = Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(theme.border_focused)
        .title(" Take it with you ")
        .title_bottom(
            Line::styled(
                format!(" {} ", keymap::hint(Mode::Share, &hints(app))),
                theme.muted,
            )
            .right_aligned(),
        );

    let fits = grids.iter().flatten().find_map(|grid| {
        let (cols, rows) = grid.cells();
        // Wider than the code when the link is long, so the link takes fewer rows.
        let url_width = u16::try_from(text::width(&source.url)).unwrap_or(u16::MAX);
        let width = cols
            .max(40)
            .max(url_width.min(MAX_URL_WIDTH))
            .saturating_add(4)
            .min(area.width);
        let url_rows = u16::try_from(text::wrap(&source.url, usize::from(width - 4)).len())
            .unwrap_or(u16::MAX);
        let head_rows =
            u16::try_from(text::wrap(&heading, usize::from(width - 4)).len()).unwrap_or(u16::MAX);
        let height = rows + url_rows + head_rows + 4;
        (cols + 4 <= area.width && height <= area.height).then_some((grid, width, height))
    });

    let Some((grid, width, height)) = fits else {
        let reason = match &grids[1] {
            None => vec![Line::styled(
                "This link is too long for a QR code. Copy it from here:",
                theme.warning,
            )],
            Some(grid) => {
                let (cols, rows) = grid.cells();
                vec![
                    Line::styled(
                        "This window is too small for a QR code that scans.",
                        theme.warning,
                    ),
                    Line::styled(
                        format!(
                            "It needs about {}×{}; enlarge the window, or note the link:",
                            cols + 4,
                            rows + 8
                        ),
                        theme.text,
                    ),
                ]
            }
        };
        return link_only(reason, &source.url, block, theme, frame, area);
    };

    let popup = centered(area, width, height);
    frame.render_widget(Clear, popup);
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    let text_width = usize::from(inner.width);
    let mut lines: Vec<Line> = text::wrap(&heading, text_width)
        .into_iter()
        .map(|l| Line::styled(l, theme.title).centered())
        .collect();
    lines.push(Line::default());
    // Without colour, draw light modules as blocks in the terminal's own (light on dark)
    // text colour: an inverted code, which phone scanners read as well.
    let (rows, style) = if theme.colour {
        (grid.half_block_rows(false), QR_STYLE)
    } else {
        (grid.half_block_rows(true), Style::new())
    };
    lines.extend(
        rows.into_iter()
            .map(|row| Line::styled(row, style).centered()),
    );
    lines.extend(
        text::wrap(&source.url, text_width)
            .into_iter()
            .map(|l| Line::styled(l, theme.accent).centered()),
    );
    frame.render_widget(Paragraph::new(lines), inner);
}

/// The keys offered under the link's code: back to the shortlist when rungs are pinned.
fn hints(app: &App) -> Vec<Action> {
    [Action::NextPane, Action::Close]
        .into_iter()
        .filter(|a| app.offers(a))
        .collect()
}

/// In place of a code: why there is none, then the whole link, wrapped (never cut short)
/// so it can be read or copied. The popup grows to hold it, up to the whole window; a link
/// longer than even that ends with how many lines did not fit.
fn link_only(
    reason: Vec<Line<'static>>,
    url: &str,
    block: Block,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
) {
    let lines_at = |width: u16| {
        let inner = usize::from(width.saturating_sub(2)).max(1);
        let mut lines = Vec::new();
        for line in &reason {
            let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
            lines.extend(
                text::wrap(&text, inner)
                    .into_iter()
                    .map(|l| Line::styled(l, line.style)),
            );
        }
        lines.push(Line::default());
        lines.extend(
            text::wrap(url, inner)
                .into_iter()
                .map(|l| Line::styled(l, theme.accent)),
        );
        lines
    };
    let room = usize::from(area.height.saturating_sub(2));
    let mut width = 64.min(area.width);
    let mut lines = lines_at(width);
    if lines.len() > room {
        width = area.width;
        lines = lines_at(width);
    }
    if lines.len() > room && room > 0 {
        let hidden = lines.len() - room + 1;
        lines.truncate(room - 1);
        lines.push(Line::styled(
            format!("… {hidden} more lines: enlarge the window to see the whole link"),
            theme.warning,
        ));
    }
    let height = u16::try_from(lines.len() + 2)
        .unwrap_or(u16::MAX)
        .min(area.height);
    let popup = centered(area, width, height);
    frame.render_widget(Clear, popup);
    frame.render_widget(Paragraph::new(lines).block(block), popup);
}
