use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::theme::Theme;
use crate::action::Action;
use crate::app::App;
use crate::keymap;
use crate::text;

/// Key hints for the current mode, straight from the keymap table, leaving out keys that
/// would do nothing now. The way out (help, close, quit), comparing pinned rungs and
/// choosing the nation (whose pay a visitor at a fair asks first) always show at the
/// right; the rest fill the left as space allows. A notice (a rung
/// pinned, say) takes the whole line until the next key.
pub fn draw(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    if let Some(message) = app.status() {
        return super::status::draw(message, theme, frame, area);
    }
    if let Some(message) = app.notice() {
        let line = text::truncate(&format!(" {message}"), usize::from(area.width));
        return frame.render_widget(Paragraph::new(Line::styled(line, theme.title)), area);
    }
    // Comparing is offered only once something is pinned, and then always shown.
    let essential = |a: &Action| {
        matches!(
            a,
            Action::ToggleHelp | Action::Close | Action::Quit | Action::Compare | Action::Nation
        )
    };
    let bindings: Vec<_> = keymap::bindings(app.mode(), app.options().kiosk)
        .filter(|b| app.offers(&b.action))
        .filter_map(|b| Some((&b.action, b.footer?)))
        .collect();
    let spans_for = |keep: &dyn Fn(&Action) -> bool| -> Vec<(String, String)> {
        bindings
            .iter()
            .filter(|(a, _)| keep(a))
            .map(|(_, (keys, word))| (keys.to_string(), format!(" {word}  ")))
            .collect()
    };
    let right = spans_for(&|a| essential(a));
    let right_width: usize = right
        .iter()
        .map(|(k, w)| text::width(k) + text::width(w))
        .sum();
    let room = usize::from(area.width).saturating_sub(right_width + 1);

    let mut left = Vec::new();
    let mut used = 0;
    for (keys, word) in spans_for(&|a| !essential(a)) {
        let width = text::width(&keys) + text::width(&word);
        if used + width > room {
            break;
        }
        used += width;
        left.push((keys, word));
    }
    let gap = room.saturating_sub(used);
    let mut spans = vec![Span::raw(" ")];
    for (keys, word) in left {
        spans.push(Span::styled(keys, theme.key));
        spans.push(Span::styled(word, theme.muted));
    }
    spans.push(Span::raw(" ".repeat(gap)));
    for (keys, word) in right {
        spans.push(Span::styled(keys, theme.key));
        spans.push(Span::styled(word, theme.muted));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
