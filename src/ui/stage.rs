//! The stage picker ("where are you now?"): the lines `measure::stage` lays out, in a
//! popup with its keys in the border.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Clear, Padding, Paragraph};

use super::theme::Theme;
use crate::action::Action;
use crate::app::App;
use crate::keymap::{self, Mode};
use crate::measure::stage;

pub fn draw(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let cursor = app.stage_cursor();
    let picker = stage::picker(
        app.catalogue(),
        cursor,
        app.stage_index(),
        stage::PICKER,
        stage::text_width(area),
    );
    let popup = stage::popup(area, picker.rows.len());
    let scroll = picker.scroll(cursor, usize::from(stage::text_area(popup).height));
    let hints = keymap::hint(Mode::Stage, &[Action::Select, Action::Close]);
    let block = Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(theme.border_focused)
        .title(" Where are you now? ")
        .title_bottom(Line::styled(format!(" {hints} "), theme.muted).right_aligned())
        .padding(Padding::horizontal(1));
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(theme.lines(picker.rows))
            .block(block)
            .scroll((u16::try_from(scroll).unwrap_or(u16::MAX), 0)),
        popup,
    );
}
