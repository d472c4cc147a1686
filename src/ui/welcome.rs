//! The welcome screen: the name in large letters, what health informatics is, and
//! "press any key". In a small window the large title gives way to a plain one.

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;
use tui_big_text::{BigText, PixelSize};

use super::theme::Theme;
use crate::action::Action;
use crate::app::App;
use crate::keymap::{self, Mode};
use crate::text;

const NAME: &str = "hi-tui";
/// Columns the 8x8 font needs for the name.
const BIG_WIDTH: u16 = 8 * NAME.len() as u16;

/// Rows of the welcome text besides the introduction: the title, "press any key", the key
/// hints and the blank lines between them.
const FIXED_ROWS: usize = 6;

/// Whether the welcome text can be shown at all in `area`.
pub fn fits(area: Rect) -> bool {
    area.width >= 40 && area.height >= 12
}

/// What the welcome screen shows: the content's title and introduction, whether
/// quitting is offered (not in kiosk mode) and whether anonymous counts are kept.
#[derive(Debug, Clone, Copy)]
pub struct Welcome<'a> {
    pub title: &'a str,
    pub intro: &'a str,
    pub kiosk: bool,
    pub insights: bool,
}

/// The one line that says visits are counted, longest first: the first that fits shows.
const COUNTED: [&str; 3] = [
    "Anonymous counts of what is explored are kept, never what you type",
    "Anonymous counts are kept, never what you type",
    "Anonymous counts kept",
];

pub fn draw(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let catalogue = app.catalogue();
    let welcome = Welcome {
        title: &catalogue.title,
        intro: &catalogue.intro,
        kiosk: app.options().kiosk,
        insights: app.options().insights,
    };
    draw_welcome(welcome, theme, frame, area);
}

pub fn draw_welcome(welcome: Welcome, theme: &Theme, frame: &mut Frame, area: Rect) {
    let width = area.width.saturating_sub(4).min(72);
    let mut intro = text::wrap(welcome.intro, usize::from(width));
    // The title, "press any key" and the key hints always show: in a small window the
    // introduction gives way, cut short with an ellipsis.
    let room = usize::from(area.height).saturating_sub(FIXED_ROWS + usize::from(welcome.insights));
    if intro.len() > room {
        intro.truncate(room);
        if let Some(last) = intro.last_mut() {
            // End on a whole word: drop the last one if the ellipsis would not fit.
            let mut cut = format!("{last} …");
            if text::width(&cut) > usize::from(width)
                && let Some((head, _)) = last.rsplit_once(' ')
            {
                cut = format!("{head} …");
            }
            *last = text::truncate(&cut, usize::from(width));
        }
    }
    let mut lines = vec![
        Line::styled(welcome.title.to_string(), theme.title),
        Line::default(),
    ];
    lines.extend(intro.into_iter().map(|l| Line::styled(l, theme.text)));
    lines.push(Line::default());
    lines.push(Line::styled("Press any key to explore", theme.key));
    lines.push(Line::default());
    if welcome.insights {
        let fits = COUNTED
            .iter()
            .find(|line| text::width(line) <= usize::from(width));
        lines.push(Line::styled(
            fits.unwrap_or(&COUNTED[2]).to_string(),
            theme.muted,
        ));
    }
    // Most useful first: in a narrow window the later ones give way, never help or quit.
    let mut optional = vec![Action::Stage, Action::Quiz, Action::Working, Action::Share];
    let hints = loop {
        let mut actions = vec![Action::ToggleHelp];
        actions.extend(optional.iter().cloned());
        if !welcome.kiosk {
            actions.push(Action::Quit);
        }
        let hints = keymap::hint(Mode::Browse, &actions);
        if text::width(&hints) <= usize::from(width) || optional.pop().is_none() {
            break hints;
        }
    };
    lines.push(Line::styled(hints, theme.muted));
    let text_rows = u16::try_from(lines.len()).unwrap_or(u16::MAX);

    // The biggest title that leaves room for the text.
    let room = area.height.saturating_sub(text_rows + 1);
    let title = if area.width >= BIG_WIDTH + 2 && room >= 8 {
        Some((PixelSize::Full, 8))
    } else if area.width >= BIG_WIDTH + 2 && room >= 4 {
        Some((PixelSize::HalfHeight, 4))
    } else {
        None
    };
    let title_rows = title.map_or(0, |(_, rows)| rows + 1);
    // Centred by arithmetic: this is the first frame, and the constraint solver's first
    // run is a measurable part of start-up.
    let top = area.y + area.height.saturating_sub(title_rows + text_rows) / 2;
    let title_area = Rect::new(area.x, top, area.width, title_rows.min(area.height));
    let body = Rect::new(
        area.x + area.width.saturating_sub(width) / 2,
        top + title_rows,
        width.min(area.width),
        text_rows.min(area.bottom().saturating_sub(top + title_rows)),
    );
    if let Some((pixel_size, _)) = title {
        let big = BigText::builder()
            .pixel_size(pixel_size)
            .style(theme.heading)
            .alignment(Alignment::Center)
            .lines(vec![Line::from(NAME)])
            .build();
        frame.render_widget(big, title_area);
    }
    frame.render_widget(Paragraph::new(lines).alignment(Alignment::Center), body);
}
