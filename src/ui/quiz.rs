//! The "find your fit" quiz overlay: one question at a time, then the specialisms
//! ranked with bars and the answer that counted most for each.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph};

use super::centered;
use super::theme::Theme;
use crate::action::Action;
use crate::app::App;
use crate::app::quiz::rank;
use crate::keymap::{self, Mode};
use crate::measure::stage;
use crate::text;

const BAR: usize = 12;

pub fn draw(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let catalogue = app.catalogue();
    let quiz = app.quiz();
    let width = area.width.saturating_sub(4).min(76);
    let text_width = usize::from(width.saturating_sub(4));
    let mut lines = Vec::new();
    let title;
    // Rows kept in view: the highlighted result when the list is longer than the window.
    let mut keep = 0;
    if catalogue.quiz.is_empty() {
        title = " Find your fit ".to_string();
        lines.push(Line::styled("This data file has no quiz.", theme.muted));
    } else if quiz.asking_stage {
        title = " Find your fit · where are you now? ".to_string();
        let picker = stage::picker(
            catalogue,
            quiz.cursor,
            app.stage_index(),
            stage::QUIZ,
            u16::try_from(text_width).unwrap_or(u16::MAX),
        );
        keep = picker.scroll(quiz.cursor, 0);
        lines = theme.lines(picker.rows);
    } else if let Some(q) = quiz.question(catalogue) {
        title = format!(
            " Find your fit · question {} of {} ",
            q + 1,
            catalogue.quiz.len()
        );
        let question = &catalogue.quiz[q];
        for line in text::wrap(&question.text, text_width) {
            lines.push(Line::styled(line, theme.title));
        }
        lines.push(Line::default());
        for (i, answer) in question.answers.iter().enumerate() {
            let selected = i == quiz.cursor;
            let style = if selected { theme.selected } else { theme.text };
            let marker = if selected { "▶" } else { " " };
            for (j, line) in text::wrap(&answer.text, text_width.saturating_sub(5))
                .into_iter()
                .enumerate()
            {
                let lead = if j == 0 {
                    format!("{marker} {} ", i + 1)
                } else {
                    "    ".into()
                };
                lines.push(Line::from(vec![
                    Span::styled(lead, theme.key),
                    Span::styled(line, style),
                ]));
            }
        }
    } else {
        title = " Your best fits ".to_string();
        let ranked = rank(catalogue, &quiz.answers);
        let best = ranked.first().map_or(1, |r| r.score.max(1));
        let name_width = text_width.saturating_sub(BAR + 8).min(44);
        lines.push(Line::styled(
            format!(
                "{} explores the highlighted one · {} changes your last answer",
                keymap::keys_for(Mode::Quiz, Action::Select),
                keymap::keys_for(Mode::Quiz, Action::PreviousQuestion)
            ),
            theme.muted,
        ));
        lines.push(Line::default());
        let stage = app.stage();
        if let Some(stage) = stage {
            lines[1] = Line::styled(
                text::truncate(&format!("From where you are: {}", stage.label), text_width),
                theme.muted,
            );
            lines.push(Line::default());
        }
        for (i, r) in ranked.iter().enumerate() {
            let selected = i == quiz.cursor;
            let filled = (r.score as usize * BAR).div_ceil(best as usize).min(BAR);
            let name = text::truncate(&catalogue.specialisms[r.specialism].name, name_width);
            lines.push(Line::from(vec![
                Span::styled(if selected { "▶ " } else { "  " }, theme.key),
                Span::styled(
                    format!("{name:<name_width$} "),
                    if selected {
                        theme.selected
                    } else {
                        theme.title
                    },
                ),
                Span::styled("█".repeat(filled), theme.pay),
                Span::styled("░".repeat(BAR - filled), theme.muted),
                Span::styled(format!(" {}", r.score), theme.muted),
            ]));
            lines.push(Line::styled(
                format!(
                    "    {}",
                    text::truncate(&r.reason, text_width.saturating_sub(4))
                ),
                theme.muted,
            ));
            if let Some(stage) = stage {
                let s = &catalogue.specialisms[r.specialism];
                let (open, note) = match catalogue.first_open_rung(s, &stage.id) {
                    Some(rung) => {
                        let rung = &s.ladder[rung];
                        (
                            true,
                            format!("✓ Open to you now: {}, {}", rung.title, rung.band_words()),
                        )
                    }
                    None => (false, "– Experience first".to_string()),
                };
                lines.push(Line::styled(
                    format!(
                        "    {}",
                        text::truncate(&note, text_width.saturating_sub(4))
                    ),
                    if open { theme.accent } else { theme.muted },
                ));
            }
            if selected {
                keep = lines.len();
            }
        }
    }
    // The stage question can be skipped: say with which key, from the table.
    let skip = if quiz.asking_stage {
        format!(
            "{} skip · ",
            keymap::keys_for(Mode::Quiz, Action::ClearStage)
        )
    } else {
        String::new()
    };
    let height = u16::try_from(lines.len() + 2).unwrap_or(u16::MAX);
    let popup = centered(area, width, height.min(area.height.saturating_sub(2)));
    let visible = usize::from(popup.height.saturating_sub(2));
    let scroll = u16::try_from(keep.saturating_sub(visible)).unwrap_or(u16::MAX);
    let block = Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(theme.border_focused)
        .title(title)
        .title_bottom(
            Line::styled(
                format!(" {skip}{} ", keymap::hint(Mode::Quiz, &[Action::Close])),
                theme.muted,
            )
            .right_aligned(),
        )
        .padding(ratatui::widgets::Padding::horizontal(1));
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(lines).block(block).scroll((scroll, 0)),
        popup,
    );
}
