//! The smallest ratatui + crossterm program: a bordered paragraph, redrawn on resize, until
//! `q` is pressed. Nothing of hi-tui's own: it tells whether what a terminal (or Wine's
//! console, see README "On Windows") shows wrongly comes from hi-tui or from below it.
//!
//! ```sh
//! cargo run -p hi-tui-dev --example minimal_tui
//! ```

use std::io;

use crossterm::event::{self, Event, KeyCode, KeyEventKind};
use crossterm::execute;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::widgets::{Block, Paragraph, Wrap};

const TEXT: &str = "A bordered paragraph drawn by ratatui through crossterm, and nothing \
else. If this screen is garbled, so is every ratatui program on this terminal.\n\n\
Press q to quit.";

fn main() -> io::Result<()> {
    enable_raw_mode()?;
    execute!(io::stdout(), EnterAlternateScreen)?;
    let result = run();
    disable_raw_mode()?;
    execute!(io::stdout(), LeaveAlternateScreen)?;
    result
}

fn run() -> io::Result<()> {
    let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    loop {
        terminal.draw(|frame| {
            let block = Block::bordered().title(" Minimal ratatui ");
            let text = Paragraph::new(TEXT).wrap(Wrap { trim: true }).block(block);
            frame.render_widget(text, frame.area());
        })?;
        if let Event::Key(key) = event::read()?
            && key.kind == KeyEventKind::Press
            && key.code == KeyCode::Char('q')
        {
            return Ok(());
        }
    }
}
