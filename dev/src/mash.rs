//! The key mash a visitor at a careers fair produces: a deterministic stream of keys, as
//! the bytes a terminal sends and as the key events crossterm decodes them into, so the
//! end-to-end test (bytes into the real binary) and the benchmark (events into `App`)
//! apply the very same keys.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// A tiny deterministic generator, so a failure can be replayed exactly.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) as usize
    }
}

/// Named keys as a terminal (xterm) sends them, with the event each decodes to.
const NAMED: [(&[u8], KeyCode, KeyModifiers); 13] = [
    (b"\t", KeyCode::Tab, KeyModifiers::NONE),
    (b"\r", KeyCode::Enter, KeyModifiers::NONE),
    (b"\x7f", KeyCode::Backspace, KeyModifiers::NONE),
    (b"\x1b[A", KeyCode::Up, KeyModifiers::NONE),
    (b"\x1b[B", KeyCode::Down, KeyModifiers::NONE),
    (b"\x1b[C", KeyCode::Right, KeyModifiers::NONE),
    (b"\x1b[D", KeyCode::Left, KeyModifiers::NONE),
    (b"\x1b[H", KeyCode::Home, KeyModifiers::NONE),
    (b"\x1b[F", KeyCode::End, KeyModifiers::NONE),
    (b"\x1b[5~", KeyCode::PageUp, KeyModifiers::NONE),
    (b"\x1b[6~", KeyCode::PageDown, KeyModifiers::NONE),
    (b"\x1b[Z", KeyCode::BackTab, KeyModifiers::SHIFT),
    (b"\x1bOA", KeyCode::Up, KeyModifiers::NONE),
];

/// One key of the mash.
#[derive(Debug, Clone, Copy)]
enum Key {
    Named(usize),
    Char(u8),
}

/// `count` keys: letters, digits and punctuation, Tab, Enter, Backspace, arrows,
/// Home/End, PgUp/PgDn and Shift+Tab. Never a key that quits, suspends or closes (q, Q,
/// Ctrl+C, Ctrl+Z, Ctrl+D, Esc), nor `/`, after which `q` would be typed into the search
/// line instead of quitting.
fn keys(count: usize) -> impl Iterator<Item = Key> {
    let printable: Vec<u8> = (b' '..=b'~')
        .filter(|c| !matches!(c, b'q' | b'Q' | b'/'))
        .collect();
    let mut rng = Lcg(0x5eed);
    (0..count).map(move |_| {
        if rng.next().is_multiple_of(4) {
            Key::Named(rng.next() % NAMED.len())
        } else {
            Key::Char(printable[rng.next() % printable.len()])
        }
    })
}

/// The mash as the bytes a terminal sends.
pub fn bytes(count: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(count * 2);
    for key in keys(count) {
        match key {
            Key::Named(i) => out.extend_from_slice(NAMED[i].0),
            Key::Char(c) => out.push(c),
        }
    }
    out
}

/// The mash as the key events the terminal's bytes decode to.
pub fn events(count: usize) -> Vec<KeyEvent> {
    keys(count)
        .map(|key| match key {
            Key::Named(i) => KeyEvent::new(NAMED[i].1, NAMED[i].2),
            // As crossterm decodes them: a capital letter comes with Shift.
            Key::Char(c) if c.is_ascii_uppercase() => {
                KeyEvent::new(KeyCode::Char(char::from(c)), KeyModifiers::SHIFT)
            }
            Key::Char(c) => KeyEvent::new(KeyCode::Char(char::from(c)), KeyModifiers::NONE),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_and_events_are_the_same_keys() {
        let bytes = bytes(2_000);
        let events = events(2_000);
        assert_eq!(events.len(), 2_000);
        // Each event's bytes, in order, make up the stream exactly.
        let mut at = 0;
        for event in &events {
            let sent = match event.code {
                KeyCode::Char(c) => vec![u8::try_from(c).expect("ASCII")],
                code => {
                    let named = NAMED
                        .iter()
                        .filter(|(_, named, _)| *named == code)
                        .map(|(b, _, _)| *b)
                        .find(|b| bytes[at..].starts_with(b))
                        .expect("a named key's bytes");
                    named.to_vec()
                }
            };
            assert!(bytes[at..].starts_with(&sent), "key {event:?} at byte {at}");
            at += sent.len();
        }
        assert_eq!(at, bytes.len());
    }

    #[test]
    fn the_mash_never_quits_suspends_or_opens_search() {
        let events = events(20_000);
        assert!(events.iter().all(|e| !matches!(
            e.code,
            KeyCode::Char('q' | 'Q' | '/') | KeyCode::Esc
        ) && !e.modifiers.contains(KeyModifiers::CONTROL)));
        // Every kind of key appears.
        for (_, code, _) in NAMED {
            assert!(events.iter().any(|e| e.code == code), "{code:?}");
        }
    }
}
