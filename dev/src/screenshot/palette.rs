//! Terminal colours as RGB: the sixteen named ANSI colours of a dark terminal theme, the
//! xterm 256-colour cube, and the default foreground and background.

use ratatui::style::Color;

/// A colour as red, green and blue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rrggbb`.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// This colour mixed with `other`: `amount` 0 is all self, 255 all other.
    pub fn mix(self, other: Rgb, amount: u8) -> Rgb {
        let blend = |a: u8, b: u8| {
            let (a, b, t) = (u16::from(a), u16::from(b), u16::from(amount));
            u8::try_from((a * (255 - t) + b * t + 127) / 255).unwrap_or(u8::MAX)
        };
        Rgb(
            blend(self.0, other.0),
            blend(self.1, other.1),
            blend(self.2, other.2),
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    pub foreground: Rgb,
    pub background: Rgb,
    /// Black, red, green, yellow, blue, magenta, cyan, white, then the bright eight.
    pub ansi: [Rgb; 16],
}

impl Palette {
    /// A soft dark theme in the style of popular editor terminals.
    pub const DARK: Palette = Palette {
        foreground: Rgb(0xd4, 0xd7, 0xde),
        background: Rgb(0x1d, 0x20, 0x26),
        ansi: [
            Rgb(0x3b, 0x40, 0x4a), // black
            Rgb(0xe0, 0x6c, 0x75), // red
            Rgb(0x98, 0xc3, 0x79), // green
            Rgb(0xe5, 0xc0, 0x7b), // yellow
            Rgb(0x61, 0xaf, 0xef), // blue
            Rgb(0xc6, 0x78, 0xdd), // magenta
            Rgb(0x56, 0xb6, 0xc2), // cyan
            Rgb(0xc8, 0xcc, 0xd4), // white (ratatui's Gray)
            Rgb(0x7f, 0x84, 0x8e), // bright black (DarkGray)
            Rgb(0xf0, 0x8c, 0x94), // bright red
            Rgb(0xb5, 0xe0, 0x90), // bright green
            Rgb(0xf0, 0xd4, 0x9a), // bright yellow
            Rgb(0x82, 0xc4, 0xff), // bright blue
            Rgb(0xdc, 0x9b, 0xf0), // bright magenta
            Rgb(0x70, 0xd0, 0xdc), // bright cyan
            Rgb(0xf5, 0xf6, 0xf8), // bright white (White)
        ],
    };

    /// A colour as RGB; `None` for `Reset`, which means the terminal's default.
    pub fn rgb(&self, color: Color) -> Option<Rgb> {
        let named = |i: usize| Some(self.ansi[i]);
        match color {
            Color::Reset => None,
            Color::Black => named(0),
            Color::Red => named(1),
            Color::Green => named(2),
            Color::Yellow => named(3),
            Color::Blue => named(4),
            Color::Magenta => named(5),
            Color::Cyan => named(6),
            Color::Gray => named(7),
            Color::DarkGray => named(8),
            Color::LightRed => named(9),
            Color::LightGreen => named(10),
            Color::LightYellow => named(11),
            Color::LightBlue => named(12),
            Color::LightMagenta => named(13),
            Color::LightCyan => named(14),
            Color::White => named(15),
            Color::Rgb(r, g, b) => Some(Rgb(r, g, b)),
            Color::Indexed(i) => Some(self.indexed(i)),
        }
    }

    /// xterm's 256 colours: the sixteen named ones, a 6×6×6 cube, then 24 greys.
    fn indexed(&self, i: u8) -> Rgb {
        match i {
            0..=15 => self.ansi[usize::from(i)],
            16..=231 => {
                let level = |n: u8| if n == 0 { 0 } else { 55 + 40 * n };
                let n = i - 16;
                Rgb(level(n / 36), level(n / 6 % 6), level(n % 6))
            }
            _ => {
                let grey = 8 + 10 * (i - 232);
                Rgb(grey, grey, grey)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reset_is_the_default_and_names_map_to_the_palette() {
        let p = Palette::DARK;
        assert_eq!(p.rgb(Color::Reset), None);
        assert_eq!(p.rgb(Color::Cyan), Some(p.ansi[6]));
        assert_eq!(p.rgb(Color::DarkGray), Some(p.ansi[8]));
        assert_eq!(p.rgb(Color::Indexed(3)), p.rgb(Color::Yellow));
        assert_eq!(p.rgb(Color::Rgb(1, 2, 3)), Some(Rgb(1, 2, 3)));
    }

    #[test]
    fn the_256_colour_cube_and_greys_follow_xterm() {
        let p = Palette::DARK;
        assert_eq!(p.rgb(Color::Indexed(16)), Some(Rgb(0, 0, 0)));
        assert_eq!(p.rgb(Color::Indexed(196)), Some(Rgb(255, 0, 0)));
        assert_eq!(p.rgb(Color::Indexed(231)), Some(Rgb(255, 255, 255)));
        assert_eq!(p.rgb(Color::Indexed(232)), Some(Rgb(8, 8, 8)));
        assert_eq!(p.rgb(Color::Indexed(255)), Some(Rgb(238, 238, 238)));
    }

    #[test]
    fn mixing_goes_from_one_colour_to_the_other() {
        let (a, b) = (Rgb(0, 100, 200), Rgb(200, 100, 0));
        assert_eq!(a.mix(b, 0), a);
        assert_eq!(a.mix(b, 255), b);
        assert_eq!(a.mix(b, 128), Rgb(100, 100, 100));
        assert_eq!(Rgb(0x1d, 0x20, 0x26).hex(), "#1d2026");
    }
}
