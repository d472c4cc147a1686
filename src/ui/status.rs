//! The status line: a warning drawn in the footer row in place of the key hints.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::theme::Theme;
use crate::text;

pub fn draw(message: &str, theme: &Theme, frame: &mut Frame, area: Rect) {
    let line = fit(&format!(" ⚠ {message}"), usize::from(area.width));
    frame.render_widget(Paragraph::new(Line::styled(line, theme.warning)), area);
}

/// Cuts a message to `width` columns. A closing remark after the last " — " (such as
/// "showing the last good version") is kept whole where it fits; the text before it is cut.
fn fit(message: &str, width: usize) -> String {
    if text::width(message) <= width {
        return message.to_string();
    }
    match message.rsplit_once(" — ") {
        Some((head, tail)) if text::width(tail) + 3 < width / 2 => {
            let room = width - text::width(tail) - 3;
            format!("{} — {tail}", text::truncate(head, room))
        }
        _ => text::truncate(message, width),
    }
}

#[cfg(test)]
mod tests {
    use super::fit;
    use crate::text::width;

    #[test]
    fn short_messages_are_unchanged() {
        assert_eq!(fit("a — b", 20), "a — b");
    }

    #[test]
    fn the_closing_remark_survives_when_the_message_is_cut() {
        let message = "file.ron:1:2: a long explanation of what is wrong — kept";
        let cut = fit(message, 30);
        assert_eq!(cut, "file.ron:1:2: a long e… — kept");
        assert_eq!(width(&cut), 30);
    }

    #[test]
    fn a_long_remark_is_cut_from_the_end() {
        assert_eq!(fit("head — a very long closing remark", 12), "head — a ve…");
    }
}
