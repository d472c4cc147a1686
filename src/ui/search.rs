//! The search box: the query, then the hits best first, each showing where it lives with
//! the matched characters highlighted. The panes behind preview the highlighted hit.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph};

use super::theme::Theme;
use crate::action::Action;
use crate::app::App;
use crate::keymap::{self, Mode};
use crate::text;

pub fn draw(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let search = app.search();
    let width = area.width.saturating_sub(4).min(90);
    let rows_for_hits = usize::from(area.height.saturating_sub(8)).clamp(1, 14);
    let inner_width = usize::from(width.saturating_sub(4));

    let mut lines = vec![Line::from(vec![
        Span::styled("/ ", theme.key),
        Span::styled(
            text::truncate(&search.query, inner_width.saturating_sub(3)),
            theme.title,
        ),
        Span::styled("▏", theme.accent),
    ])];
    let summary = match (search.query.trim().is_empty(), search.hits.len()) {
        (false, _) if search.searching => "Searching…".to_string(),
        (true, _) => "Type a role, skill, tool or body, e.g. sql, coder, prince2".to_string(),
        (false, 0) => "No matches".to_string(),
        (false, 1) => "1 match".to_string(),
        (false, n) if n >= crate::search::MAX_HITS => format!("Best {n} matches"),
        (false, n) => format!("{n} matches"),
    };
    let filtered = search.open_only && app.stage().is_some() && !search.query.trim().is_empty();
    let summary = if filtered && !search.searching {
        format!("{summary} open to you now")
    } else {
        summary
    };
    lines.push(Line::styled(summary, theme.muted));

    let first = search.cursor.saturating_sub(rows_for_hits - 1);
    for (i, hit) in search
        .hits
        .iter()
        .enumerate()
        .skip(first)
        .take(rows_for_hits)
    {
        let (location, matched_text) = app.search_hit_text(hit);
        let selected = i == search.cursor;
        let base = if selected { theme.selected } else { theme.text };
        let highlight = theme.key.add_modifier(Modifier::UNDERLINED);
        let room = inner_width.saturating_sub(2);
        let location = shorten_location(&location, room * 2 / 3);
        let (skip, matched_text) = window(
            &matched_text,
            hit.indices.first().copied(),
            room - text::width(&location),
        );
        let mut spans = vec![
            Span::styled(if selected { "▶ " } else { "  " }, theme.key),
            Span::styled(location, if selected { base } else { theme.muted }),
        ];
        for (pos, c) in matched_text.chars().enumerate() {
            let at = u32::try_from(pos + skip).unwrap_or(u32::MAX);
            let is_match = c != '…' && hit.indices.binary_search(&at).is_ok();
            let style = if is_match {
                base.patch(highlight)
            } else {
                base
            };
            spans.push(Span::styled(c.to_string(), style));
        }
        lines.push(Line::from(spans));
    }

    let height = u16::try_from(lines.len() + 2).unwrap_or(u16::MAX);
    let popup = Rect {
        x: area.x + area.width.saturating_sub(width) / 2,
        y: area.y + 2.min(area.height),
        width: width.min(area.width),
        height: height.min(area.height.saturating_sub(2)),
    };
    // With a stage chosen, the box offers (and says when it applies) the filter to what
    // is open to it.
    let title = match app.stage() {
        Some(stage) if search.open_only => format!(" Search · open to {} ", stage.label),
        _ => " Search ".to_string(),
    };
    let actions: Vec<Action> = [Action::Select, Action::OpenOnly, Action::Close]
        .into_iter()
        .filter(|a| app.offers(a))
        .collect();
    let block = Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(theme.border_focused)
        .title(text::truncate(&title, usize::from(width.saturating_sub(2))))
        .title_bottom(
            Line::styled(
                format!(" {} ", keymap::hint(Mode::Search, &actions)),
                theme.muted,
            )
            .right_aligned(),
        )
        .padding(ratatui::widgets::Padding::horizontal(1));
    frame.render_widget(Clear, popup);
    frame.render_widget(Paragraph::new(lines).block(block), popup);
}

/// A piece of `text` at most `width` columns wide that shows the first match: long
/// sentences start a little before it, marked with "…". Returns the number of characters
/// skipped (so match positions can be shifted) and the piece, where a leading "…"
/// stands in for the last skipped character.
fn window(text: &str, first_match: Option<u32>, width: usize) -> (usize, String) {
    if text::width(text) <= width {
        return (0, text.to_string());
    }
    let first = first_match.map_or(0, |i| i as usize);
    let skip = first.saturating_sub(8);
    if skip == 0 {
        return (0, text::truncate(text, width));
    }
    let rest: String = text.chars().skip(skip).collect();
    (
        skip - 1,
        format!("…{}", text::truncate(&rest, width.saturating_sub(1))),
    )
}

/// Cuts a location to `max` columns but keeps its closing separator (" › ", " · ", ": ")
/// so it still reads as a prefix.
fn shorten_location(location: &str, max: usize) -> String {
    if text::width(location) <= max {
        return location.to_string();
    }
    let separator = [" › ", " · ", ": "]
        .into_iter()
        .find(|sep| location.ends_with(sep))
        .unwrap_or("");
    let body = &location[..location.len() - separator.len()];
    let cut = text::truncate(body, max.saturating_sub(text::width(separator)));
    format!("{cut}{separator}")
}
