//! Key presses written as text, for scripted tours: `jj<Tab>k` is j, j, Tab, k.
//!
//! Plain characters are typed as themselves. Named keys go in angle brackets: `<Tab>`,
//! `<S-Tab>`, `<Enter>`, `<Esc>`, `<Backspace>`, `<Space>`, `<Up>`, `<Down>`, `<Left>`,
//! `<Right>`, `<Home>`, `<End>`, `<PageUp>`, `<PageDown>`, `<lt>` (a literal `<`), and
//! `<C-x>` for Ctrl with a character.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// The key events a script describes, or what in it is not understood.
pub fn parse(script: &str) -> Result<Vec<KeyEvent>, String> {
    let mut keys = Vec::new();
    let mut rest = script;
    while let Some(c) = rest.chars().next() {
        if c == '<' {
            let close = rest
                .find('>')
                .ok_or_else(|| format!("unclosed `<` in key script {script:?}"))?;
            keys.push(named(&rest[1..close])?);
            rest = &rest[close + 1..];
        } else {
            keys.push(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
            rest = &rest[c.len_utf8()..];
        }
    }
    Ok(keys)
}

fn named(name: &str) -> Result<KeyEvent, String> {
    let plain = |code| Ok(KeyEvent::new(code, KeyModifiers::NONE));
    match name {
        "Tab" => plain(KeyCode::Tab),
        "S-Tab" => Ok(KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT)),
        "Enter" => plain(KeyCode::Enter),
        "Esc" => plain(KeyCode::Esc),
        "Backspace" => plain(KeyCode::Backspace),
        "Space" => plain(KeyCode::Char(' ')),
        "Up" => plain(KeyCode::Up),
        "Down" => plain(KeyCode::Down),
        "Left" => plain(KeyCode::Left),
        "Right" => plain(KeyCode::Right),
        "Home" => plain(KeyCode::Home),
        "End" => plain(KeyCode::End),
        "PageUp" => plain(KeyCode::PageUp),
        "PageDown" => plain(KeyCode::PageDown),
        "lt" => plain(KeyCode::Char('<')),
        _ => {
            let mut chars = name.strip_prefix("C-").unwrap_or_default().chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => Ok(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)),
                _ => Err(format!("unknown key <{name}>")),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn characters_and_named_keys() {
        assert_eq!(
            parse("j<Tab>K<lt><C-c>").as_deref(),
            Ok(&[
                plain(KeyCode::Char('j')),
                plain(KeyCode::Tab),
                plain(KeyCode::Char('K')),
                plain(KeyCode::Char('<')),
                KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL),
            ][..])
        );
        assert_eq!(parse(""), Ok(vec![]));
    }

    #[test]
    fn mistakes_are_reported() {
        assert!(parse("<Tab").is_err_and(|e| e.contains("unclosed")));
        assert!(parse("<Tabb>").is_err_and(|e| e.contains("<Tabb>")));
        assert!(parse("<C-ab>").is_err());
    }
}
