//! The "Working in the NHS" page: practical facts from the data file, topic by topic,
//! in a scrollable popup over the panes.

use ratatui::Frame;
use ratatui::layout::Rect;

use super::page::Page;
use super::theme::Theme;
use crate::app::App;
use crate::measure::working;

pub fn draw(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let popup = working::popup(area);
    let rows = working::rows(app.catalogue(), working::text_area(popup).width);
    Page {
        title: "Working in the NHS",
        lines: theme.lines(rows),
        scroll: app.working_scroll(),
        padding: 1,
        when_scrolling: String::new(),
        always: String::new(),
    }
    .draw(theme, frame, popup);
}
